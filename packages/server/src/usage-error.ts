/** A command line mistake: said to the person as it is, with exit code 2 and no stack. */
export class UsageError extends Error {}
