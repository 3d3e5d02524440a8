package serve

import (
	"context"
	"errors"
	"io"
	"net/http"
	"sync/atomic"
	"time"
)

// gate bounds the requests in the server: at most cap(admitted) are read
// and held at once (each up to Config.MaxSize), of which at most
// cap(working) parse and render while the others wait for their turn, no
// longer than wait. What it turns away gets 503 with Retry-After.
//
// The bytes of the uploads held, all requests together, are bounded too
// (Config.MaxMemory): each request charges what it reads, and one that
// would go over is turned away with 503, so that many large uploads at
// once cannot hold (workers + queue) × MaxSize.
type gate struct {
	admitted chan struct{}
	working  chan struct{}
	wait     time.Duration
	memory   int64        // the most bytes of uploads held at once
	held     atomic.Int64 // the bytes of uploads held now
}

// errMemory is a request turned away because the uploads held would
// pass Config.MaxMemory.
var errMemory = errors.New("the server holds too many uploads at once")

// memoryError is the answer to a request turned away by errMemory.
func memoryError() *apiError {
	return newError(http.StatusServiceUnavailable, CodeBusy, "服务器同时持有的上传文件太多，请稍后再试", "the server holds too many uploads at once; try again shortly")
}

// charge counts n more bytes held, or says that they would be too many
// (and counts nothing).
func (g *gate) charge(n int64) bool {
	if g.held.Add(n) > g.memory {
		g.held.Add(-n)
		return false
	}
	return true
}

// charged is a request body whose bytes are charged to a gate as they
// are read; release gives them back when the request ends.
type charged struct {
	io.ReadCloser
	g *gate
	n int64
}

func (c *charged) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	if n > 0 {
		if !c.g.charge(int64(n)) {
			return 0, errMemory
		}
		c.n += int64(n)
	}
	return n, err
}

func (c *charged) release() { c.g.held.Add(-c.n) }

func newGate(workers, queue int, wait time.Duration, memory int64) *gate {
	return &gate{admitted: make(chan struct{}, workers+queue), working: make(chan struct{}, workers), wait: wait, memory: memory}
}

// admit lets a request in, or says the server is full (false), without
// waiting.
func (g *gate) admit() (release func(), ok bool) {
	select {
	case g.admitted <- struct{}{}:
		return func() { <-g.admitted }, true
	default:
		return nil, false
	}
}

// errBusy is a request whose wait for a worker ran out.
var errBusy = errors.New("the server is busy: no worker was free in time")

// work waits for a worker, at most g.wait and while ctx lives.
func (g *gate) work(ctx context.Context) (release func(), err error) {
	select {
	case g.working <- struct{}{}:
		return func() { <-g.working }, nil
	default:
	}
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.working <- struct{}{}:
		return func() { <-g.working }, nil
	case <-t.C:
		return nil, errBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
