/** A file-system error as the few words a message needs (`no space left on device`), never a stack. */
const WORDS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EEXIST: "already exists",
  ELOOP: "too many levels of symbolic links",
  EFBIG: "file too large",
  EIO: "input/output error",
  EPIPE: "the reader went away",
  ENXIO: "no reader on the other end",
  EMFILE: "too many open files",
};

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  const words = code !== undefined ? WORDS[code] : undefined;
  if (words) return words;
  // An unknown error: its first line only (Node's messages repeat the syscall and path).
  return String((error as Error | undefined)?.message ?? error).split("\n")[0] as string;
}
