//go:build unix

package warehouse

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Lock is an exclusive lock on a warehouse folder: flock(2) on a lock file,
// released by the kernel when the process dies, so a killed import never
// leaves a warehouse locked.
type Lock struct {
	f *os.File
}

// LockOptions say what to do when another import holds the lock.
type LockOptions struct {
	// NoWait fails at once with ErrInUse instead of waiting.
	NoWait bool
	// Waiting, if set, is called once when the lock is held by another
	// process and the caller starts waiting; holder names it ("pid 123").
	Waiting func(holder string)
}

// lockDir takes the lock file path, waiting (polling, so that ctx can stop
// the wait) unless o.NoWait.
func lockDir(ctx context.Context, path string, o LockOptions) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	told := false
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("locking %s: %w", path, err)
		}
		holder := readHolder(path)
		if o.NoWait {
			f.Close()
			return nil, fmt.Errorf("%w (%s)", ErrInUse, holder)
		}
		if !told && o.Waiting != nil {
			o.Waiting(holder)
			told = true
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
	f.Truncate(0)
	f.WriteAt([]byte("pid "+strconv.Itoa(os.Getpid())+"\n"), 0)
	return &Lock{f: f}, nil
}

func readHolder(path string) string {
	b, err := os.ReadFile(path)
	if err != nil || len(b) == 0 {
		return "another process"
	}
	return strings.TrimSpace(string(b))
}

// Unlock releases the lock.
func (l *Lock) Unlock() {
	if l == nil || l.f == nil {
		return
	}
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
	l.f = nil
}

// lockFile takes an exclusive flock(2) on path (creating it empty if it
// does not exist), waiting for it unless noWait; the returned function
// releases it. It neither truncates nor writes the file, so path may be
// the SQLite database itself. Only a lock held elsewhere (with noWait) is
// ErrInUse; a file that cannot be opened is the system's error.
func lockFile(path string, noWait bool) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	how := syscall.LOCK_EX
	if noWait {
		how |= syscall.LOCK_NB
	}
	for {
		err = syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w (%v)", ErrInUse, err)
		}
		return nil, err
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
