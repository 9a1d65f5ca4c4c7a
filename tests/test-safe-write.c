/* test-safe-write.c: files replaced whole, never devices, links kept, no debris after kills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-safe-write-private.h"
#include "bs-test-common.h"

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autoptr(GBytes) bytes = bs_test_read_bytes (path);

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), expected, strlen (expected));
}

/* The names in @dir other than @keep (NULL-terminated). */
static guint
count_others (const char         *dir,
              const char * const *keep)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_strv_contains (keep, name))
      {
        g_test_message ("left in the folder: %s", name);
        n++;
      }

  return n;
}

static void
test_mode (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "private.pdf", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.pdf", NULL);
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (022);
  GStatBuf st;

  umask (mask);

  /* A report the user made private stays private. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_true (bs_safe_write (path, "new", 3, BS_WRITE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  assert_contents (path, "new");

  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (bs_safe_write (path, "newer", 5, BS_WRITE_NONE, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);

  /* A new file is created as any other: 0666 less the umask. */
  g_assert_true (bs_safe_write (fresh, "x", 1, BS_WRITE_NONE, &error));
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0666 & ~mask);

  remove_tree (dir);
}

static void
test_symlink (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *sub = g_build_filename (dir, "reports", NULL);
  g_autofree char *target = g_build_filename (sub, "real.pdf", NULL);
  g_autofree char *link = g_build_filename (dir, "latest.pdf", NULL);
  g_autofree char *chain = g_build_filename (dir, "chain.pdf", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.pdf", NULL);
  g_autofree char *dangling_target = g_build_filename (sub, "new.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *read_back = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  /* Relative links, as users make them, resolved from the link's folder. */
  g_assert_cmpint (symlink ("reports/real.pdf", link), ==, 0);
  g_assert_cmpint (symlink ("latest.pdf", chain), ==, 0);
  g_assert_cmpint (symlink ("reports/new.pdf", dangling), ==, 0);

  g_assert_true (bs_safe_write (link, "via link", 8, BS_WRITE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  read_back = g_file_read_link (link, NULL);
  g_assert_cmpstr (read_back, ==, "reports/real.pdf");
  assert_contents (target, "via link");

  g_assert_true (bs_safe_write (chain, "via chain", 9, BS_WRITE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (chain, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_contents (target, "via chain");

  /* A link to a file not yet there makes the file. */
  g_assert_true (bs_safe_write (dangling, "made", 4, BS_WRITE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_contents (dangling_target, "made");

  /* No temporary file stays in either folder. */
  {
    const char *top[] = { "reports", "latest.pdf", "chain.pdf", "dangling.pdf", NULL };
    const char *inner[] = { "real.pdf", "new.pdf", NULL };

    g_assert_cmpuint (count_others (dir, top), ==, 0);
    g_assert_cmpuint (count_others (sub, inner), ==, 0);
  }

  remove_tree (dir);
}

static void
assert_refused (const char *path,
                const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) check_error = NULL;

  g_assert_false (bs_safe_write_check (path, &check_error));
  g_assert_error (check_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_false (bs_safe_write (path, "x", 1, BS_WRITE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, what));
}

static void
test_not_regular (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  g_autofree char *device = g_build_filename (dir, "null.pdf", NULL);
  g_autofree char *to_device = g_build_filename (dir, "to-null.pdf", NULL);
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  assert_refused (fifo, "FIFO");
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  assert_refused (folder, "folder");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  /* A device node of our own, so that a failure cannot harm /dev/null:
   * only root may make one. */
  if (mknod (device, S_IFCHR | 0666, makedev (1, 3)) == 0)
    {
      g_assert_cmpint (symlink ("null.pdf", to_device), ==, 0);
      assert_refused (device, "device");
      /* Through a link the message names what the link leads to. */
      assert_refused (to_device, "null.pdf");
      g_assert_cmpint (g_lstat (device, &st), ==, 0);
      g_assert_true (S_ISCHR (st.st_mode));
      g_assert_cmpint (g_lstat (to_device, &st), ==, 0);
      g_assert_true (S_ISLNK (st.st_mode));
    }
  else
    g_test_message ("cannot make a device node (%s): that case is left out", g_strerror (errno));

  remove_tree (dir);
}

static void
test_read_only (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "kept.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  if (access (path, W_OK) == 0)
    {
      g_test_skip ("root may write a read-only file");
      remove_tree (dir);
      return;
    }

  g_assert_false (bs_safe_write (path, "new", 3, BS_WRITE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  assert_contents (path, "old");

  remove_tree (dir);
}

/* A temporary file of a save still running in another process is locked
 * and must survive; once its writer is gone it is stale and goes. Names
 * that are not ours stay, whatever they look like. */
static void
test_stale_and_live (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "a.blendscan", NULL);
  g_autofree char *prefix = _bs_safe_write_temp_prefix ("a.blendscan");
  g_autofree char *live_name = g_strconcat (prefix, "Live01", NULL);
  g_autofree char *stale_name = g_strconcat (prefix, "Stale1", NULL);
  g_autofree char *live = g_build_filename (dir, live_name, NULL);
  g_autofree char *stale = g_build_filename (dir, stale_name, NULL);
  g_autofree char *other_target = g_build_filename (dir, ".b.blendscan.blendscan-Other1", NULL);
  g_autofree char *glib_temp = g_build_filename (dir, "a.blendscan.X1Y2Z3", NULL);
  g_autofree char *gio_temp = g_build_filename (dir, ".goutputstream-X1Y2Z3", NULL);
  g_autoptr(GError) error = NULL;
  int live_fd;

  g_assert_cmpstr (prefix, ==, ".a.blendscan.blendscan-");
  g_assert_true (g_file_set_contents (stale, "stale", -1, NULL));
  g_assert_true (g_file_set_contents (other_target, "another file's", -1, NULL));
  g_assert_true (g_file_set_contents (glib_temp, "not ours", -1, NULL));
  g_assert_true (g_file_set_contents (gio_temp, "not ours", -1, NULL));
  live_fd = g_open (live, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  g_assert_cmpint (live_fd, >=, 0);
  g_assert_cmpint (flock (live_fd, LOCK_EX), ==, 0);

  g_assert_true (bs_safe_write (path, "one", 3, BS_WRITE_NONE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other_target, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (glib_temp, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (gio_temp, G_FILE_TEST_EXISTS));

  /* The other writer died: its lock died with it. */
  close (live_fd);
  g_assert_true (bs_safe_write (path, "two", 3, BS_WRITE_NONE, &error));
  g_assert_false (g_file_test (live, G_FILE_TEST_EXISTS));
  assert_contents (path, "two");

  remove_tree (dir);
}

static int kill_at;
static int hook_calls;

static void
kill_hook (BsWriteStep step,
           gsize       written)
{
  if (hook_calls++ == kill_at)
    kill (getpid (), SIGKILL);
}

static GBytes *
version_bytes (BsAssessment *a,
               guint         version)
{
  g_autofree char *title = g_strdup_printf ("Version %u", version);

  bs_assessment_set_title (a, title);

  return bs_assessment_to_bytes (a);
}

/* Saves killed at every step of the write, again and again: the file is
 * always one whole version, its backup too, and the next save that runs
 * to its end leaves no temporary file behind. Deterministic: the child
 * kills itself from the write's own hook, after a given number of steps. */
static void
test_kill_loop (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "team.blendscan", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  const char *keep[] = { "team.blendscan", "team.blendscan~", NULL };
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(BsAssessment) a = NULL;
  g_autoptr(GError) error = NULL;
  const gsize chunk = 1024;
  guint steps, max_left = 0, n_killed = 0;
  const guint rounds = 320;

  a = bs_assessment_load (example, NULL, &error);
  g_assert_no_error (error);
  g_ptr_array_add (versions, version_bytes (a, 0));
  g_assert_true (bs_assessment_save (a, path, &error));

  /* Created, one per chunk, synced, backed up, renamed. */
  steps = 1 + (g_bytes_get_size (g_ptr_array_index (versions, 0)) + chunk - 1) / chunk + 3;
  g_test_message ("%u steps per save", steps);

  for (guint i = 1; i <= rounds; i++)
    {
      g_autoptr(GBytes) on_disk = NULL;
      GBytes *before = NULL;
      GBytes *next = version_bytes (a, i);
      gboolean whole = FALSE;
      guint left;
      int status;
      pid_t pid;

      g_ptr_array_add (versions, next);
      {
        g_autoptr(GBytes) current = bs_test_read_bytes (path);

        for (guint v = 0; v < versions->len - 1 && before == NULL; v++)
          if (g_bytes_equal (current, g_ptr_array_index (versions, v)))
            before = g_ptr_array_index (versions, v);
      }
      g_assert_nonnull (before);

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          /* Every step once, then a few saves that are not killed. */
          kill_at = (i - 1) % (steps + 3);
          hook_calls = 0;
          _bs_safe_write_set_test_hook (kill_hook, chunk);
          _exit (bs_assessment_save (a, path, NULL) ? 0 : 1);
        }
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFSIGNALED (status))
        {
          g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
          n_killed++;
        }
      else
        g_assert_cmpint (WEXITSTATUS (status), ==, 0);

      /* The old version or the new one, whole. */
      on_disk = bs_test_read_bytes (path);
      g_assert_true (g_bytes_equal (on_disk, before) || g_bytes_equal (on_disk, next));

      /* The backup is some earlier version, whole. */
      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        {
          g_autoptr(GBytes) kept = bs_test_read_bytes (backup);

          for (guint v = 0; v < versions->len && !whole; v++)
            whole = g_bytes_equal (kept, g_ptr_array_index (versions, v));
          g_assert_true (whole);
        }

      left = count_others (dir, keep);
      max_left = MAX (max_left, left);
    }

  g_test_message ("%u of %u saves killed; at most %u temporary files at once", n_killed, rounds, max_left);
  g_assert_cmpuint (n_killed, >, rounds / 2);
  /* Killed saves do leave files, or the test proves nothing... */
  g_assert_cmpuint (max_left, >, 0);

  /* ...and the next save that finishes cleans them all up. */
  g_ptr_array_add (versions, version_bytes (a, rounds + 1));
  g_assert_true (bs_assessment_save (a, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_others (dir, keep), ==, 0);

  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safe-write/mode", test_mode);
  g_test_add_func ("/safe-write/symlink", test_symlink);
  g_test_add_func ("/safe-write/not-regular", test_not_regular);
  g_test_add_func ("/safe-write/read-only", test_read_only);
  g_test_add_func ("/safe-write/stale-and-live", test_stale_and_live);
  g_test_add_func ("/safe-write/kill-loop", test_kill_loop);

  return g_test_run ();
}
