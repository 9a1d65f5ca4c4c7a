/* test-bad-input.c: every kind of broken or hostile file is refused with
 * one clear message, and nothing is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-test-common.h"

typedef struct
{
  const char *name;
  int         code;
  const char *fragment;   /* what the message must say */
} BadFile;

typedef struct
{
  char   *dir;
  char   *path;
  GBytes *before;
} Fixture;

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* Each case works on its own copy in an empty folder, so that "nothing
 * written" can be checked: the folder holds the same one file afterwards,
 * with the same bytes. */
static void
fixture_set_up (Fixture    *f,
                const char *name,
                const char *data,
                gsize       len)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("blendscan-bad-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, name, NULL);
  g_assert_true (g_file_set_contents (f->path, data, len, &error));
  f->before = bs_test_read_bytes (f->path);
}

static void
fixture_check_and_tear_down (Fixture *f)
{
  g_autoptr(GBytes) after = bs_test_read_bytes (f->path);

  g_assert_true (g_bytes_equal (f->before, after));
  g_assert_cmpuint (count_files (f->dir), ==, 1);

  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_bytes_unref (f->before);
}

static void
assert_refused (const char *name,
                const char *data,
                gsize       len,
                int         code,
                const char *fragment)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = NULL;

  fixture_set_up (&f, name, data, len);
  a = bs_assessment_load (f.path, NULL, &error);

  g_assert_null (a);
  g_assert_error (error, BS_FORMAT_ERROR, code);
  /* One message that names the file and says what is wrong. */
  g_assert_nonnull (strstr (error->message, name));
  if (strstr (error->message, fragment) == NULL)
    g_error ("message for %s lacks “%s”: %s", name, fragment, error->message);
  g_assert_null (strchr (error->message, '\n'));
  g_test_message ("%s", error->message);

  fixture_check_and_tear_down (&f);
}

static void
test_fixture (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *src = bs_test_fixture_path (bad->name);
  g_autoptr(GBytes) bytes = bs_test_read_bytes (src);

  assert_refused (bad->name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                  bad->code, bad->fragment);
}

static void
test_oversized (void)
{
  gsize len = 17 * 1024 * 1024;
  g_autofree char *data = g_malloc (len);
  const char *head = "<?xml version=\"1.0\"?><assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\"><title>";

  memset (data, 'x', len);
  memcpy (data, head, strlen (head));
  assert_refused ("huge.blendscan", data, len, BS_FORMAT_ERROR_TOO_LARGE, "too large");
}

static char *
nested (guint depth)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">");

  for (guint i = 0; i < depth; i++)
    g_string_append (s, "<title>");
  for (guint i = 0; i < depth; i++)
    g_string_append (s, "</title>");
  g_string_append (s, "</assessment>\n");

  return g_string_free (s, FALSE);
}

static void
test_deeply_nested (void)
{
  /* Deeper than any real file but within libxml2's own limit… */
  g_autofree char *moderate = nested (100);
  /* …and far beyond it. */
  g_autofree char *extreme = nested (100000);

  assert_refused ("deep.blendscan", moderate, strlen (moderate),
                  BS_FORMAT_ERROR_TOO_DEEP, "nested");
  assert_refused ("deeper.blendscan", extreme, strlen (extreme),
                  BS_FORMAT_ERROR_TOO_DEEP, "nested");
}

static void
test_invalid_utf8 (void)
{
  const char data[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">\n"
    "  <framework id=\"blendscan-embed\" version=\"1.0\"/>\n"
    "  <title>Caf\xe9 \xff\xfe</title>\n"
    "  <levels><level id=\"course\"/></levels>\n"
    "</assessment>\n";

  assert_refused ("latin1.blendscan", data, sizeof data - 1,
                  BS_FORMAT_ERROR_ENCODING, "line 4: the file is not valid UTF-8");
}

static void
test_nul_byte (void)
{
  const char data[] = "<?xml version=\"1.0\"?>\n<assessment\0 xmlns=\"urn:x-blendscan:assessment\"/>\n";

  assert_refused ("nul.blendscan", data, sizeof data - 1,
                  BS_FORMAT_ERROR_ENCODING, "UTF-8");
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load ("/nonexistent/nowhere.blendscan", NULL, &error);

  g_assert_null (a);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "nowhere.blendscan"));
}

static void
test_unknown_framework (void)
{
  const char data[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">\n"
    "  <framework id=\"someone-elses\" version=\"3\"/>\n"
    "  <title>Other framework</title>\n"
    "  <levels><level id=\"course\"/></levels>\n"
    "</assessment>\n";

  assert_refused ("other.blendscan", data, sizeof data - 1,
                  BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND, "“someone-elses”");
}

/* A version of the framework that is not installed: refused, with the
 * versions that are, rather than read against other statements. */
static void
test_unknown_framework_version (void)
{
  const char data[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">\n"
    "  <framework id=\"blendscan-embed\" version=\"7.5\"/>\n"
    "  <title>Future framework</title>\n"
    "  <levels><level id=\"course\"/></levels>\n"
    "</assessment>\n";

  assert_refused ("future.blendscan", data, sizeof data - 1,
                  BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND,
                  "future.blendscan”: This assessment was made with version “7.5” of the framework “blendscan-embed”, which is not installed (installed versions: 1.0, 2.0).");
}

static void
test_unknown_level (void)
{
  const char data[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">\n"
    "  <framework id=\"blendscan-embed\" version=\"1.0\"/>\n"
    "  <title>Level</title>\n"
    "  <levels><level id=\"faculty\"/></levels>\n"
    "</assessment>\n";

  assert_refused ("level.blendscan", data, sizeof data - 1,
                  BS_FORMAT_ERROR_UNKNOWN_ID, "line 5: the level “faculty”");
}

int
main (int   argc,
      char *argv[])
{
  static const BadFile bad[] = {
    { "empty.blendscan", BS_FORMAT_ERROR_TRUNCATED, "is empty" },
    { "truncated.blendscan", BS_FORMAT_ERROR_TRUNCATED, "ends too early" },
    { "malformed.blendscan", BS_FORMAT_ERROR_MALFORMED, "line 4" },
    { "wrong-root.blendscan", BS_FORMAT_ERROR_WRONG_KIND, "is not a Blendscan file: it is a web page (HTML)" },
    { "wrong-namespace.blendscan", BS_FORMAT_ERROR_WRONG_KIND, "urn:example:other" },
    { "newer-version.blendscan", BS_FORMAT_ERROR_NEWER_VERSION, "format version 4" },
    { "schema-violation.blendscan", BS_FORMAT_ERROR_SCHEMA, "line 9: the file does not follow the Blendscan format: the element <score> is not allowed" },
    { "missing-framework-element.blendscan", BS_FORMAT_ERROR_SCHEMA, "line 3" },
    { "unknown-statement.blendscan", BS_FORMAT_ERROR_UNKNOWN_ID, "line 10: the statement “course.teleportation.1” does not exist" },
    { "out-of-range.blendscan", BS_FORMAT_ERROR_OUT_OF_RANGE, "score 7, but the framework’s scale runs from 1 to 4" },
    { "out-of-range-target.blendscan", BS_FORMAT_ERROR_OUT_OF_RANGE, "target 5" },
    { "duplicate-answer.blendscan", BS_FORMAT_ERROR_DUPLICATE, "answered twice" },
    { "xxe.blendscan", BS_FORMAT_ERROR_DOCTYPE, "line 2: the file contains a document type declaration" },
    { "billion-laughs.blendscan", BS_FORMAT_ERROR_DOCTYPE, "grow without limit" },
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("/bad-input/%s", bad[i].name);

      g_test_add_data_func (name, &bad[i], test_fixture);
    }
  g_test_add_func ("/bad-input/oversized", test_oversized);
  g_test_add_func ("/bad-input/deeply-nested", test_deeply_nested);
  g_test_add_func ("/bad-input/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/bad-input/nul-byte", test_nul_byte);
  g_test_add_func ("/bad-input/missing-file", test_missing_file);
  g_test_add_func ("/bad-input/unknown-framework", test_unknown_framework);
  g_test_add_func ("/bad-input/unknown-framework-version", test_unknown_framework_version);
  g_test_add_func ("/bad-input/unknown-level", test_unknown_level);

  return g_test_run ();
}
