/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Safe output: files written in place or replaced atomically, never through a
 * planted link, new names created exclusively. */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "mem.h"
#include "text.h"

static void set_err(char **err, const char *path, int e)
{
	*err = xasprintf(_("cannot write %s: %s"), path, strerror(e));
}

static int write_fd(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The folder of path ("." when it has none), malloc'd. */
static char *folder_of(const char *path)
{
	char *copy = xstrdup(path);
	char *dir = xstrdup(dirname(copy));
	free(copy);
	return dir;
}

int outfile_sync_dir(const char *path)
{
	char *dir = folder_of(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	/* Some file systems cannot sync a folder: their renames are as durable as
	 * they get. */
	if (rc && (errno == EINVAL || errno == EROFS || errno == EBADF))
		rc = 0;
	int saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

int outfile_temp(const char *path, char **tmp)
{
	char *dir = folder_of(path);
	char *copy = xstrdup(path);
	const char *base = basename(copy);
	static const char digits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	int fd = -1;
	for (int attempt = 0; attempt < 100; attempt++) {
		unsigned char rnd[12];
		char suffix[sizeof rnd + 1];
		if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
			break;
		for (size_t i = 0; i < sizeof rnd; i++)
			suffix[i] = digits[rnd[i] % (sizeof digits - 1)];
		suffix[sizeof rnd] = '\0';
		char *name = xasprintf("%s/.%s.%s", dir, base, suffix);
		fd = open(name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0) {
			*tmp = name;
			break;
		}
		free(name);
		if (errno != EEXIST)
			break;
	}
	int saved = errno;
	free(dir);
	free(copy);
	errno = saved;
	return fd;
}

int outfile_publish(const char *tmp, const char *dest)
{
	if (link(tmp, dest)) {
		/* File systems without hard links may still rename without replacing. */
		if (errno != EPERM && errno != EOPNOTSUPP && errno != EMLINK)
			return -1;
		if (renameat2(AT_FDCWD, tmp, AT_FDCWD, dest, RENAME_NOREPLACE))
			return -1;
	} else if (unlink(tmp)) {
		return -1;
	}
	return outfile_sync_dir(dest);
}

/* Writes to a target that is not a regular file, or to standard output's file. */
static int write_in_place(const char *path, const struct stat *want, const char *data,
			  size_t len, char **err)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		set_err(err, path, errno);
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) || st.st_dev != want->st_dev || st.st_ino != want->st_ino) {
		/* replaced between the look and the open: write nothing */
		close(fd);
		set_err(err, path, EAGAIN);
		return -1;
	}
	int rc = write_fd(fd, data, len);
	if (!rc && S_ISREG(st.st_mode) && fsync(fd))
		rc = -1;
	int saved = errno;
	if (close(fd) && !rc)
		rc = -1, saved = errno;
	if (rc)
		set_err(err, path, saved);
	return rc;
}

static int write_stdout(const char *data, size_t len, char **err)
{
	if ((len && fwrite(data, 1, len, stdout) != len) || fflush(stdout) == EOF) {
		*err = xasprintf(_("cannot write to standard output: %s"), strerror(errno));
		return -1;
	}
	return 0;
}

int outfile_write(const char *path, const char *data, size_t len, char **err)
{
	*err = NULL;
	if (!path || !strcmp(path, "-"))
		return write_stdout(data, len, err);
	struct stat st, out;
	bool exists = stat(path, &st) == 0;
	if (!exists) {
		if (errno != ENOENT) {
			set_err(err, path, errno);
			return -1;
		}
		struct stat lst;
		if (lstat(path, &lst) == 0) {
			*err = xasprintf(_("cannot write %s: it is a symbolic link to a file that "
					   "does not exist"),
					 path);
			return -1;
		}
	} else {
		if (fstat(STDOUT_FILENO, &out) == 0 && out.st_dev == st.st_dev &&
		    out.st_ino == st.st_ino) {
			fflush(stdout);
			return write_in_place(path, &st, data, len, err);
		}
		if (S_ISDIR(st.st_mode)) {
			set_err(err, path, EISDIR);
			return -1;
		}
		if (!S_ISREG(st.st_mode))
			return write_in_place(path, &st, data, len, err);
	}

	/* A regular file: replaced through its real name, so that a link stays a link. */
	char *target = exists ? mem_checked(realpath(path, NULL)) : xstrdup(path);
	if (!target) {
		set_err(err, path, errno);
		return -1;
	}
	char *tmp = NULL;
	int fd = outfile_temp(target, &tmp);
	if (fd < 0) {
		set_err(err, path, errno);
		free(target);
		return -1;
	}
	mode_t mode;
	if (exists) {
		mode = st.st_mode & 07777;
		if (st.st_uid != geteuid() || st.st_gid != getegid())
			(void)!fchown(fd, st.st_uid, st.st_gid); /* only root may: best effort */
	} else {
		mode_t mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	int rc = write_fd(fd, data, len);
	if (!rc && (fchmod(fd, mode) || fsync(fd)))
		rc = -1;
	int saved = errno;
	if (close(fd) && !rc)
		rc = -1, saved = errno;
	if (!rc && rename(tmp, target))
		rc = -1, saved = errno;
	if (rc)
		unlink(tmp);
	else if (outfile_sync_dir(target))
		rc = -1, saved = errno;
	if (rc)
		set_err(err, path, saved);
	free(tmp);
	free(target);
	return rc;
}

/* The few paths where a missing file may be created. */
struct permit {
	char *path;
	bool folders;
};
static struct permit *permits;
static size_t npermits;

void outfile_permit_create(const char *path, bool folders)
{
	for (size_t i = 0; i < npermits; i++)
		if (!strcmp(permits[i].path, path)) {
			permits[i].folders |= folders;
			return;
		}
	permits = xreallocarray(permits, npermits + 1, sizeof *permits);
	permits[npermits++] = (struct permit){ xstrdup(path), folders };
}

bool outfile_create_permitted(const char *path)
{
	for (size_t i = 0; i < npermits; i++)
		if (!strcmp(permits[i].path, path))
			return true;
	return false;
}

/* mkdir -p for the folder that holds path; new folders are private to the user. */
static int make_parent(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int rc = 0;
	if (slash && slash != dir) {
		*slash = '\0';
		for (char *p = dir + 1; *p; p++)
			if (*p == '/') {
				*p = '\0';
				if (mkdir(dir, 0700) && errno != EEXIST)
					rc = -1;
				*p = '/';
			}
		if (mkdir(dir, 0700) && errno != EEXIST)
			rc = -1;
	}
	int saved = errno;
	free(dir);
	errno = saved;
	return rc;
}

int outfile_may_create(const char *path)
{
	for (size_t i = 0; i < npermits; i++)
		if (!strcmp(permits[i].path, path)) {
			if (permits[i].folders && make_parent(path))
				return 0;
			return 1;
		}
	errno = 0;
	return 0;
}

void outfile_notice(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	char *safe = text_sanitize_lines(msg, strlen(msg));
	fprintf(stderr, "cordial: %s\n", safe);
	free(safe);
	free(msg);
}
