package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A transfer or subsidy notice (关于下达…资金的通知) attaches a target form
// whose one money label names the grant, not a budget (补助金额 | 280万元,
// 下达资金 | 50): the amount is the project's budget when no other money
// label of the form says one. grantVerbs and grantNouns build such a
// caption: a verb of granting, then a word of money.
var (
	grantVerbs = []string{"补助", "补贴", "奖补", "下达", "拨付", "转移支付"}
	grantNouns = []string{"金额", "资金", "资金额", "资金数", "数额"}
)

// pendingGrant is a grant caption and its amount read in the header block,
// kept until the project ends (settleGrant).
type pendingGrant struct {
	label, val string
	lpos, vpos model.Pos
}

// grantCaption tells a label of a granted amount (补助金额, 下达资金,
// 补助资金（万元）): a verb of grantVerbs then a noun of grantNouns, a
// parenthesized money unit aside, nothing else.
func grantCaption(key string) bool {
	k := stripUnit(key)
	if utf8.RuneCountInString(k) > 8 {
		return false
	}
	for _, v := range grantVerbs {
		if rest, ok := strings.CutPrefix(k, v); ok {
			for _, n := range grantNouns {
				if rest == n {
					return true
				}
			}
		}
	}
	return false
}

// grantRow reads cell i of a header row when it is a grant caption with
// an amount alone after it (补助金额 | 280万元): the pair is kept for
// settleGrant and the next cell to read returned, or -1 when the cell is
// no such caption.
func (e *extractor) grantRow(row []layout.Cell, i int) int {
	if e.cur == nil || !grantCaption(e.lx.key(e.text(&row[i]))) {
		return -1
	}
	x := nextFilled(row, i)
	if x < 0 {
		return -1
	}
	if _, _, ok := unitAmount(row[x].Text); !ok {
		return -1
	}
	e.ps.grants = append(e.ps.grants, pendingGrant{label: e.text(&row[i]), val: layout.Clean(row[x].Text),
		lpos: row[i].Pos, vpos: row[x].Pos})
	return x + 1
}

// settleGrant gives the project the amount of its one grant caption as its
// budget when the form wrote no other money (no total, fiscal or other
// amount, no budget item): the only money label of a transfer notice's
// form. Otherwise the captions and their amounts are unrecognized, as any
// unknown label.
func (e *extractor) settleGrant() {
	gs := e.ps.grants
	e.ps.grants = nil
	b := &e.cur.Budget
	if len(gs) == 1 && b.Total == nil && b.Fiscal == nil && b.Other == nil && b.Initial == nil && b.Executed == nil && len(b.Items) == 0 {
		e.setAmount(fTotal, gs[0].label, gs[0].val, gs[0].vpos)
		if b.Total != nil {
			return
		}
	}
	for _, g := range gs {
		e.unrecognized(g.label, g.lpos)
		e.unrecognized(g.val, g.vpos)
	}
}
