package main

func cmdCheck(e *env, args []string) int  { return exitUsage }
func cmdSchema(e *env, args []string) int { return exitUsage }
