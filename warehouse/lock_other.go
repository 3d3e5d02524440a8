//go:build !unix

package warehouse

import "context"

// Lock is a no-op where flock(2) does not exist: concurrent imports into
// one folder are not supported there.
type Lock struct{}

// LockOptions say what to do when another import holds the lock.
type LockOptions struct {
	NoWait  bool
	Waiting func(holder string)
}

func lockDir(ctx context.Context, path string, o LockOptions) (*Lock, error) { return &Lock{}, nil }

// Unlock releases the lock.
func (l *Lock) Unlock() {}

// lockFile is a no-op where flock(2) does not exist.
func lockFile(path string, noWait bool) (func(), error) { return func() {}, nil }
