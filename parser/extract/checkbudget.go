package extract

import (
	"strings"
	"unicode"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A checklist's budget: the total a checklist row records under a caption
// naming a total in a money unit.

// checkBudget reads the budget a checklist records as the answer to its
// budget's check: in one row, a caption naming a total in a money unit
// (计划生育转移支付资金合计(万元): moneyTotalCaption) and, in a cell after
// it, a budget total's label with its amount and no other unit (年度预算资金
// 总额：1084.25, readAmountLine). The amount is the project's budget in the
// caption's unit when no budget was read before; both cells are used. The
// funds a later row names under the total (其中: its parts, each fund's own
// 年度预算资金总额 under a caption with no 合计) are not read.
func (r *gridRow) checkBudget() {
	e := r.e
	if e.cur == nil || e.cur.Budget.Total != nil {
		return
	}
	unit, at := "", -1
	for i := range r.row {
		if r.row[i].Merged {
			continue
		}
		t := layout.Clean(r.row[i].Text)
		if at < 0 {
			if u := moneyTotalCaption(t); u != "" {
				unit, at = u, i
			}
			continue
		}
		a := e.lx.readAmountLine(t, r.row[i].Pos)
		if a == nil || a.unit != "" && a.unit != unit {
			continue
		}
		if e.cur.MoneyUnit != "" && e.cur.MoneyUnit != unit {
			return // the table's unit and the caption's differ: nothing tells which holds
		}
		e.cur.MoneyUnit = unit
		e.setField(fTotal, a.label, strings.TrimSuffix(a.val, a.unit), r.row[i].Pos, r.row[at].Pos)
		r.used[at], r.used[i] = true, true
		return
	}
}

// moneyTotalCaption returns the money unit of a caption naming a total in
// it (计划生育转移支付资金合计(万元), 资金总额（元）): a label with no digit
// holding 合计, 总计 or 总额, then its unit in brackets; "" for any other text.
func moneyTotalCaption(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return ""
	}
	label, inner := bracketTail(s)
	if !moneyUnits[inner] || !strings.Contains(label, "合计") && !strings.Contains(label, "总计") && !strings.Contains(label, "总额") {
		return ""
	}
	return inner
}

// bracketTail splits a text ending in a bracketed part (项目资金测算标准
// (文字描述), 资金合计（万元）) into the text before the brackets and their
// trimmed content; "", "" when the text ends in none or nothing stands
// before it.
func bracketTail(s string) (label, inner string) {
	for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutSuffix(s, br[1]); ok {
			if i := strings.LastIndex(rest, br[0]); i > 0 {
				return rest[:i], strings.TrimSpace(rest[i+len(br[0]):])
			}
		}
	}
	return "", ""
}
