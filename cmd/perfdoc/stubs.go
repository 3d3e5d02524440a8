package main

func cmdSchema(e *env, args []string) int { return exitUsage }
