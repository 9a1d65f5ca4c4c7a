/* bs-safe-write.c: replacing a file at once, never a device, never leaving debris
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bs-safe-write-private.h"

/*
 * Every file Blendscan writes (assessments, reports, charts) goes through
 * bs_safe_write(). The new content is written to a temporary file beside
 * the target, synced, and renamed over it, so the target always holds the
 * old or the new content in full, whenever the process dies.
 *
 * Temporary files are named ".NAME.blendscan-XXXXXX" after their target,
 * so they are recognisably ours and recognisably for that target. A writer
 * holds an flock() on its temporary file from just after creating it until
 * it has been renamed; a writer killed half-way leaves the file, but its
 * lock dies with it. Each save first removes the temporary files of its
 * target that nobody holds a lock on: those are certainly stale, even
 * while another process is saving the same file at the same moment (its
 * temporary file is locked and stays). The one gap, a cleaner locking a
 * file in the instant between its creation and its writer's flock(), is
 * closed by the writer: it checks after locking that its file still has a
 * name and otherwise starts over with a new one. On a file system without
 * locks a temporary file counts as stale only after an hour.
 *
 * Older versions of Blendscan left "NAME.XXXXXX" and ".goutputstream-XXXXXX"
 * files (GLib's temporary names); they are not certainly ours and are left
 * alone.
 */

#define TEMP_MARK        ".blendscan-"
#define TEMP_RANDOM_LEN  6
/* NAME_MAX is 255; the mark and the random part must fit beside the name. */
#define TEMP_NAME_MAX    200
#define MAX_SYMLINKS     40
#define STALE_UNLOCKABLE (60 * 60)

static BsWriteHook test_hook;
static gsize test_chunk;

static void
run_hook (BsWriteStep step,
          gsize       written)
{
  if (test_hook != NULL)
    test_hook (step, written);
}

/* Says what failed on which file, then the system's reason. Saves errno
 * first: building the display name may change it. */
#define SET_ERRNO_ERROR(error, format, path)                                  \
  G_STMT_START {                                                              \
    int saved_errno_ = errno;                                                 \
    g_autofree char *shown_ = g_filename_display_name (path);                 \
                                                                              \
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno_),     \
                 format, shown_, g_strerror (saved_errno_));                  \
  } G_STMT_END

/* Follows symbolic links to the file they name, as an editor does: the
 * link stays and its target gets the new content. A dangling link names
 * the file to create. */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops <= MAX_SYMLINKS; hops++)
    {
      g_autofree char *link = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0)
        {
          if (errno == ENOENT)
            return g_steal_pointer (&current);
          /* Translators: %s is a file name; the system's reason follows */
          SET_ERRNO_ERROR (error, _("cannot look at “%s”: %s"), current);
          return NULL;
        }
      if (!S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, error);
      if (link == NULL)
        return NULL;
      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
      else
        {
          g_autofree char *dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               _("too many symbolic links lead on from it"));
  return NULL;
}

static const char *
kind_of (mode_t mode)
{
  if (S_ISDIR (mode))
    return _("a folder");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("a device");
  if (S_ISFIFO (mode))
    return _("a pipe (FIFO)");
  if (S_ISSOCK (mode))
    return _("a socket");
  return _("a special file");
}

/* Refuses what is not a regular file (writing a PDF over /dev/null or into
 * a FIFO would replace it with a file, or block) and what is read-only. */
static gboolean
check_target (const char  *path,
              const char  *target,
              GStatBuf    *st,
              gboolean    *exists,
              GError     **error)
{
  if (g_stat (target, st) != 0)
    {
      GStatBuf via_path;

      if (errno != ENOENT)
        {
          SET_ERRNO_ERROR (error, _("cannot look at “%s”: %s"), target);
          return FALSE;
        }

      /* The kernel's own links (/dev/stdout, /proc/self/fd/1) name no
       * file in the tree: what they lead to is known only by following. */
      if (g_stat (path, &via_path) == 0 && !S_ISREG (via_path.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("it is %s, not a file; only regular files are written"), kind_of (via_path.st_mode));
          return FALSE;
        }

      *exists = FALSE;
      return TRUE;
    }

  *exists = TRUE;
  if (!S_ISREG (st->st_mode))
    {
      if (g_strcmp0 (path, target) == 0)
        /* Translators: %s is "a folder", "a device", "a pipe (FIFO)", … */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                     _("it is %s, not a file; only regular files are written"), kind_of (st->st_mode));
      else
        {
          g_autofree char *display = g_filename_display_name (target);

          /* Translators: the first %s is a file name, the second "a folder", "a device", … */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("it is a link to “%s”, which is %s, not a file; only regular files are written"),
                       display, kind_of (st->st_mode));
        }
      return FALSE;
    }

  if (access (target, W_OK) != 0 && errno == EACCES)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("the file is read-only"));
      return FALSE;
    }

  return TRUE;
}

char *
_bs_safe_write_temp_prefix (const char *target_basename)
{
  gsize len = strlen (target_basename);

  /* Cut on a byte boundary: the name only has to be unique and ours. */
  return g_strdup_printf (".%.*s" TEMP_MARK, (int) MIN (len, TEMP_NAME_MAX), target_basename);
}

static gboolean
same_file (int         fd,
           const char *path)
{
  GStatBuf by_name;
  struct stat by_fd;

  return fstat (fd, &by_fd) == 0 && g_lstat (path, &by_name) == 0 &&
         by_fd.st_dev == by_name.st_dev && by_fd.st_ino == by_name.st_ino;
}

/* Removes the temporary files of earlier writes to this target that were
 * killed or crashed: ours by name and owner, and held by no one. */
static void
remove_stale_temps (const char *dir,
                    const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  gsize prefix_len = strlen (prefix);
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;
      int fd;

      if (strncmp (name, prefix, prefix_len) != 0 || strlen (name) != prefix_len + TEMP_RANDOM_LEN)
        continue;

      path = g_build_filename (dir, name, NULL);
      fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0);
      if (fd < 0)
        continue;

      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid ())
        {
          gboolean stale;

          if (flock (fd, LOCK_EX | LOCK_NB) == 0)
            stale = TRUE;
          else
            stale = errno != EWOULDBLOCK && errno != EINTR &&
                    st.st_mtime + STALE_UNLOCKABLE < g_get_real_time () / G_USEC_PER_SEC;

          /* The name must still be the file we judged: a writer renames
           * its file away before it lets go of the lock. */
          if (stale && same_file (fd, path))
            g_unlink (path);
        }
      close (fd);
    }
}

/* Creates and locks a temporary file in @dir; see the top of this file. */
static int
create_temp (const char  *dir,
             const char  *prefix,
             mode_t       mode,
             char       **temp_path,
             GError     **error)
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strconcat (prefix, "XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      struct stat st;
      int fd;

      fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, mode & 0666);
      if (fd < 0)
        {
          SET_ERRNO_ERROR (error, _("cannot create a file in the folder “%s”: %s"), dir);
          return -1;
        }

      if (flock (fd, LOCK_EX | LOCK_NB) != 0 && (errno == EWOULDBLOCK || errno == EINTR))
        {
          /* Another save is removing it as stale at this very moment. */
          close (fd);
          continue;
        }
      if (fstat (fd, &st) != 0 || st.st_nlink == 0)
        {
          close (fd);
          continue;
        }

      *temp_path = g_steal_pointer (&path);
      return fd;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("cannot create a temporary file beside it"));
  return -1;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           const char  *temp_path,
           GError     **error)
{
  gsize done = 0;

  while (done < length)
    {
      gsize chunk = length - done;
      gssize n;

      if (test_chunk > 0)
        chunk = MIN (chunk, test_chunk);
      n = write (fd, data + done, chunk);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          SET_ERRNO_ERROR (error, _("cannot write “%s”: %s"), temp_path);
          return FALSE;
        }
      done += n;
      run_hook (BS_WRITE_STEP_WROTE, done);
    }

  return TRUE;
}

/* Keeps the version being replaced as PATH~. The backup is linked under
 * a temporary name and renamed into place, so an old backup is never
 * missing either. Failing to make one does not stop the save. */
static void
make_backup (const char *dir,
             const char *prefix,
             const char *target)
{
  g_autofree char *backup = g_strconcat (target, "~", NULL);
  g_autofree char *random = NULL;
  g_autofree char *link_path = NULL;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = NULL;

      g_free (random);
      /* The pid in it: forked processes share the random sequence. */
      random = g_strdup_printf ("%06x", (g_random_int () ^ ((guint) getpid () * 2654435761u)) & 0xffffff);
      name = g_strconcat (prefix, random, NULL);
      g_free (link_path);
      link_path = g_build_filename (dir, name, NULL);
      if (link (target, link_path) == 0)
        break;
      if (errno != EEXIST)
        {
          g_autofree char *contents = NULL;
          gsize length;

          /* No hard links here (a FAT stick): copy instead. */
          g_clear_pointer (&link_path, g_free);
          if (g_file_get_contents (target, &contents, &length, NULL))
            bs_safe_write (backup, contents, length, BS_WRITE_NONE, NULL);
          return;
        }
      g_clear_pointer (&link_path, g_free);
    }

  /* rename() does nothing when both names are links to one file (the
   * backup of a save killed before its last step): then the link stays
   * behind and must go. */
  if (link_path != NULL)
    {
      GStatBuf st;

      if (g_rename (link_path, backup) != 0 || g_lstat (link_path, &st) == 0)
        g_unlink (link_path);
    }
}

static void
sync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/**
 * bs_safe_write_check:
 * @path: a file to be written
 *
 * Says in advance whether bs_safe_write() would refuse @path as it is now:
 * a device, FIFO, folder or socket (also behind a link), or a read-only
 * file. The CLI checks before it spends time rendering.
 *
 * Returns: %TRUE when @path may be written
 */
gboolean
bs_safe_write_check (const char  *path,
                     GError     **error)
{
  g_autofree char *target = NULL;
  gboolean exists;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  target = resolve_target (path, error);

  return target != NULL && check_target (path, target, &st, &exists, error);
}

/**
 * bs_safe_write:
 * @path: the file to replace or create
 * @data: (array length=length): the new content
 * @flags: whether to keep the old version as "@path~"
 *
 * Replaces @path with @data atomically: a temporary file beside it is
 * written, synced and renamed over it, so @path holds the old or the new
 * content in full at every moment. A symbolic link is followed and its
 * target replaced; the link stays. A replaced file keeps its permissions
 * (and, where allowed, its owner); a new one gets 0666 less the umask.
 * Only regular files are written: a device, FIFO, socket or folder is
 * refused, as is a read-only file. Temporary files that earlier, killed
 * writes of the same target left behind are removed.
 *
 * The messages do not name @path: callers prefix them with what failed.
 *
 * Returns: %TRUE on success; on failure @path is unchanged
 */
gboolean
bs_safe_write (const char    *path,
               const void    *data,
               gsize          length,
               BsWriteFlags   flags,
               GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temp_path = NULL;
  gboolean exists;
  mode_t mode = 0666;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = resolve_target (path, error);
  if (target == NULL || !check_target (path, target, &st, &exists, error))
    return FALSE;
  /* Permissions, not set-id bits: those belong to programs. */
  if (exists)
    mode = st.st_mode & 0777;

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  prefix = _bs_safe_write_temp_prefix (base);

  remove_stale_temps (dir, prefix);

  fd = create_temp (dir, prefix, mode, &temp_path, error);
  if (fd < 0)
    return FALSE;
  run_hook (BS_WRITE_STEP_CREATED, 0);

  /* The umask applied at creation; a replaced file keeps its exact mode. */
  if (exists)
    {
      if (fchown (fd, st.st_uid, st.st_gid) != 0)
        {
          /* Only root may give a file away; the group may still be ours. */
          if (fchown (fd, -1, st.st_gid) != 0)
            g_debug ("keeping the owner of %s failed: %s", target, g_strerror (errno));
        }
      if (fchmod (fd, mode) != 0)
        g_debug ("keeping the mode of %s failed: %s", target, g_strerror (errno));
    }

  if (!write_all (fd, data, length, temp_path, error))
    goto failed;

  if (fsync (fd) != 0)
    {
      SET_ERRNO_ERROR (error, _("cannot write “%s”: %s"), temp_path);
      goto failed;
    }
  run_hook (BS_WRITE_STEP_SYNCED, length);

  if (exists && (flags & BS_WRITE_BACKUP))
    {
      make_backup (dir, prefix, target);
      run_hook (BS_WRITE_STEP_BACKED_UP, length);
    }

  if (g_rename (temp_path, target) != 0)
    {
      SET_ERRNO_ERROR (error, _("cannot replace “%s”: %s"), target);
      goto failed;
    }
  run_hook (BS_WRITE_STEP_RENAMED, length);
  sync_dir (dir);

  /* Closing lets go of the lock, now that the name is the target's. */
  close (fd);
  return TRUE;

failed:
  g_unlink (temp_path);
  close (fd);
  return FALSE;
}

void
_bs_safe_write_set_test_hook (BsWriteHook hook,
                              gsize       chunk)
{
  test_hook = hook;
  test_chunk = chunk;
}
