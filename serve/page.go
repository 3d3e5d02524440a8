package serve

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"html/template"
	"net/http"
	"strconv"

	"github.com/perfdoc/perfdoc/report"
)

//go:embed web/page.html web/page.css web/page.js
var web embed.FS

// pageTemplate is the page with its style and script inlined: it loads
// nothing else.
var pageTemplate = template.Must(template.New("page.html").ParseFS(web, "web/page.html"))

var (
	pageCSS = mustRead("web/page.css")
	pageJS  = mustRead("web/page.js")
)

func mustRead(name string) string {
	b, err := web.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// pagePolicy is the page's content-security policy: the HTML report's,
// plus the script that carries this answer's nonce and the API calls to
// this server; the page is framed by no one.
func pagePolicy(nonce string) string {
	return report.ContentSecurityPolicy + "; script-src 'nonce-" + nonce + "'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

// page answers GET / with the page, in Chinese unless ?lang=en.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if !s.authorized(r) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte("此服务器需要访问令牌：请打开启动时显示的带 ?token= 的地址。\nThis server asks for its token: open the address with ?token= that perfdoc serve printed.\n"))
		return
	}
	lang, ok := report.ParseLang(r.URL.Query().Get("lang"))
	if !ok {
		lang = report.Chinese
	}
	var nb [18]byte
	rand.Read(nb[:])
	nonce := hex.EncodeToString(nb[:])
	htmlLang := "zh-CN"
	if lang == report.English {
		htmlLang = "en"
	}
	var b bytes.Buffer
	err := pageTemplate.Execute(&b, map[string]any{
		"Nonce":    nonce,
		"Lang":     string(lang),
		"HTMLLang": htmlLang,
		"Token":    r.URL.Query().Get("token"),
		"MaxSize":  strconv.FormatInt(s.cfg.MaxSize, 10),
		"CSS":      template.CSS(pageCSS),
		"JS":       template.JS(pageJS),
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pagePolicy(nonce))
	h.Set("X-Frame-Options", "DENY")
	b.WriteTo(w)
}
