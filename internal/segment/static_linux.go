//go:build cgo

package segment

// jieba is C++: linked against the shared libstdc++, every process of a
// program that links this package — every perfdoc start, whatever the
// command — paid about 0.7 ms of CPU before main to load it and run its
// static initialisers. Linked statically (on Linux; it needs libstdc++.a,
// which Debian's and Ubuntu's g++ install and Fedora's libstdc++-static
// package provides), only the parts jieba uses come along.

// #cgo LDFLAGS: -static-libstdc++ -static-libgcc
import "C"
