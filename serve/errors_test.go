package serve

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/report"
)

// TestErrorLanguage: an error's message is Chinese by default and English
// with lang=en or Accept-Language: en; its code is the same in both.
func TestErrorLanguage(t *testing.T) {
	old, new := seedPair(t)
	passwd := [3]string{"file", "passwd", "root:x:0:0:root:/root:/bin/bash\n"}
	s := New(Config{MaxSize: 1 << 20})
	tight := New(Config{MaxSize: 1 << 20, MaxMemory: 1000})
	type want struct{ zh, en string }
	for _, c := range []struct {
		name   string
		s      *Server
		url    string
		files  [][3]string
		status int
		code   string
		want   want
	}{
		{"400 missing field", s, "/api/diff", [][3]string{old}, 400, CodeBadRequest,
			want{`缺少 multipart 字段 "new"（一个文件）`, `the multipart field "new" (a file) is missing`}},
		{"400 bad year", s, "/api/parse?year=abc", [][3]string{passwd}, 400, CodeBadRequest,
			want{`year="abc"：应为年份，如 2026`, `year="abc": want a year such as 2026`}},
		{"400 not a filing", s, "/api/parse", [][3]string{passwd}, 400, CodeNotAFiling,
			want{`"passwd": 未找到绩效目标表（不是绩效目标表文件？）`, `"passwd": no performance-target table found`}},
		{"413 over max-size", s, "/api/parse", [][3]string{{"file", "big.txt", strings.Repeat("项目名称 ", 1<<18)}}, 413, CodeTooLarge,
			want{"请求有 3408111 字节，超过上限 1048576（--max-size）", "the request is 3408111 bytes, more than 1048576 (--max-size)"}},
		{"415 unknown output", s, "/api/diff?format=pdf", [][3]string{old, new}, 415, CodeUnknownFormat,
			want{`format="pdf"：应为 json, html, xlsx, markdown, text 之一`, `format="pdf": want json, html, xlsx, markdown, text`}},
		{"422 reversed years", s, "/api/diff", [][3]string{{"old", new[1], new[2]}, {"new", old[1], old[2]}}, 422, CodeShouldNotCompare,
			want{"这两份文件不宜对比：上年文件为2026年，晚于本年文件（2025年）：两个文件的顺序可能颠倒了（force=1 仍然对比）",
				"these filings should not be compared: OLD is for 2026, after NEW (2025): the files may be in the wrong order (force=1 compares them anyway)"}},
		{"503 memory", tight, "/api/parse", [][3]string{{"file", "x.txt", strings.Repeat("x", 2000)}}, 503, CodeBusy,
			want{"服务器同时持有的上传文件太多，请稍后再试", "the server holds too many uploads at once; try again shortly"}},
		{"404", s, "/api/nothing", [][3]string{passwd}, 404, CodeNotFound,
			want{"没有接口 /api/nothing（接口有 /api/parse、/api/check 和 /api/diff）", "no API /api/nothing (there are /api/parse, /api/check and /api/diff)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, ask := range []struct {
				name, query, accept string
				en                  bool
			}{
				{"default", "", "", false},
				{"lang=en", "lang=en", "", true},
				{"Accept-Language: en", "", "en", true},
				{"a browser in English", "", "en-US,en;q=0.9,zh-CN;q=0.8", true},
				{"a browser in Chinese", "", "zh-CN,zh;q=0.9,en;q=0.8", false},
				{"lang=zh over Accept-Language", "lang=zh", "en", false},
			} {
				url := c.url
				if ask.query != "" {
					url += map[bool]string{false: "?", true: "&"}[strings.Contains(url, "?")] + ask.query
				}
				body, ct := form(t, c.files...)
				req := httptest.NewRequest(http.MethodPost, url, body)
				req.Header.Set("Content-Type", ct)
				if ask.accept != "" {
					req.Header.Set("Accept-Language", ask.accept)
				}
				a := do(t, c.s, req)
				require.Equal(t, c.status, a.status, "%s: %s", ask.name, a.body)
				var e struct {
					Error struct {
						Code, Message string
						Problems      []struct{ Kind, Message string }
					}
				}
				require.NoError(t, json.Unmarshal(a.body, &e), "%s", a.body)
				assert.Equal(t, c.code, e.Error.Code, ask.name)
				want := c.want.zh
				if ask.en {
					want = c.want.en
				}
				assert.Equal(t, want, e.Error.Message, ask.name)
				for _, p := range e.Error.Problems {
					assert.Contains(t, want, p.Message, "%s: a 422's reasons in the message's language", ask.name)
				}
			}
		})
	}
}

// TestAnswerLang: lang= decides, else the first of Chinese and English
// in Accept-Language by its weight, else Chinese.
func TestAnswerLang(t *testing.T) {
	for _, c := range []struct {
		query, accept string
		want          report.Lang
	}{
		{"", "", report.Chinese},
		{"", "en", report.English},
		{"", "EN-gb", report.English},
		{"", "fr-FR, en;q=0.5", report.English},
		{"", "fr-FR, de;q=0.5", report.Chinese},
		{"", "zh-TW,en;q=0.9", report.Chinese},
		{"", "en;q=0.2, zh;q=0.8", report.Chinese},
		{"", "en;q=0, zh;q=0.1", report.Chinese},
		{"", "en;q=bad", report.Chinese},
		{"lang=en", "zh", report.English},
		{"lang=zh", "en", report.Chinese},
		{"lang=fr", "en", report.English}, // a bad lang is answered in the client's language
		{"lang=fr", "", report.Chinese},
	} {
		r := httptest.NewRequest(http.MethodPost, "/api/parse?"+c.query, nil)
		if c.accept != "" {
			r.Header.Set("Accept-Language", c.accept)
		}
		assert.Equal(t, c.want, answerLang(r), "%q, Accept-Language %q", c.query, c.accept)
	}
}
