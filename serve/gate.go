package serve

import (
	"context"
	"errors"
	"time"
)

// gate bounds the requests in the server: at most cap(admitted) are read
// and held at once (each up to Config.MaxSize), of which at most
// cap(working) parse and render while the others wait for their turn, no
// longer than wait. What it turns away gets 503 with Retry-After.
type gate struct {
	admitted chan struct{}
	working  chan struct{}
	wait     time.Duration
}

// errBusy is a request turned away: the server is full, or its wait for a
// worker ran out.
var errBusy = errors.New("the server is busy: too many requests at once")

func newGate(workers, queue int, wait time.Duration) *gate {
	return &gate{admitted: make(chan struct{}, workers+queue), working: make(chan struct{}, workers), wait: wait}
}

// admit lets a request in, or says the server is full, without waiting.
func (g *gate) admit() (release func(), err error) {
	select {
	case g.admitted <- struct{}{}:
		return func() { <-g.admitted }, nil
	default:
		return nil, errBusy
	}
}

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
