/* test-templates.c: every template follows docs/STYLE-NOTES.md: ui/<file>.ui beside src/app/<file>.c, named for its class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#define RESOURCE_BASE "/io/github/blendscan/Blendscan/"

/* "bs-welcome-page" → "BsWelcomePage" */
static char *
class_name_for (const char *base)
{
  GString *name = g_string_new (NULL);
  gboolean upper = TRUE;

  for (const char *p = base; *p != '\0'; p++)
    {
      if (*p == '-')
        upper = TRUE;
      else
        {
          g_string_append_c (name, upper ? g_ascii_toupper (*p) : *p);
          upper = FALSE;
        }
    }

  return g_string_free (name, FALSE);
}

static char *
source_path (const char *first,
             ...)
{
  va_list args;
  g_autofree char *relative = NULL;
  g_autofree char *joined = NULL;

  va_start (args, first);
  relative = g_build_filename_valist (first, &args);
  va_end (args);

  /* G_TEST_SRCDIR is the tests folder; the sources are beside it. */
  joined = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", relative, NULL);

  return g_canonicalize_filename (joined, NULL);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* Each template in the bundle is ui/<file>.ui, defines the class its name
 * spells, and is loaded by src/app/<file>.c and nothing else. */
static void
test_template_beside_its_code (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_BASE, 0, &error);
  guint templates = 0;

  g_assert_no_error (error);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *base = NULL;
      g_autofree char *class_name = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *code_path = NULL;
      g_autofree char *code_name = NULL;
      g_autofree char *code = NULL;
      g_autofree char *ui_path = NULL;
      g_autofree char *ui = NULL;
      g_autofree char *resource = NULL;

      if (!g_str_has_suffix (names[i], ".ui"))
        continue;

      base = g_strndup (names[i], strlen (names[i]) - strlen (".ui"));
      class_name = class_name_for (base);
      ui_path = source_path ("ui", names[i], NULL);
      code_name = g_strconcat (base, ".c", NULL);
      code_path = source_path ("src", "app", code_name, NULL);
      resource = g_strconcat (RESOURCE_BASE, names[i], NULL);

      g_test_message ("%s: class %s, code %s.c", names[i], class_name, base);
      g_assert_true (g_file_test (ui_path, G_FILE_TEST_IS_REGULAR));

      ui = read_text (ui_path);
      expected = g_strdup_printf ("<template class=\"%s\"", class_name);
      g_assert_cmpuint (count (ui, "<template "), ==, 1);
      g_assert_nonnull (strstr (ui, expected));

      g_assert_true (g_file_test (code_path, G_FILE_TEST_IS_REGULAR));
      code = read_text (code_path);
      g_assert_cmpuint (count (code, resource), ==, 1);
      templates++;
    }

  g_assert_cmpuint (templates, >, 0);
}

/* Every .ui file in ui/ is in the bundle: none is left behind unused. */
static void
test_every_template_bundled (void)
{
  g_autofree char *ui_dir = source_path ("ui", NULL);
  g_autoptr(GDir) dir = g_dir_open (ui_dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *resource = g_strconcat (RESOURCE_BASE, name, NULL);

      if (!g_str_has_suffix (name, ".ui"))
        continue;

      g_test_message ("%s", name);
      g_assert_true (g_resources_get_info (resource, 0, NULL, NULL, NULL));
    }
}

/* Code that loads a template loads the one named after its own file. */
static void
test_code_loads_its_own_template (void)
{
  g_autofree char *app_dir = source_path ("src", "app", NULL);
  g_autoptr(GDir) dir = g_dir_open (app_dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *code = NULL;
      g_autofree char *base = NULL;
      g_autofree char *own = NULL;
      guint loads;

      if (!g_str_has_suffix (name, ".c"))
        continue;

      path = g_build_filename (app_dir, name, NULL);
      code = read_text (path);
      loads = count (code, "set_template_from_resource");
      if (loads == 0)
        continue;

      base = g_strndup (name, strlen (name) - strlen (".c"));
      own = g_strdup_printf ("\"" RESOURCE_BASE "%s.ui\"", base);
      g_test_message ("%s", name);
      g_assert_cmpuint (loads, ==, 1);
      g_assert_nonnull (strstr (code, own));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/templates/beside-their-code", test_template_beside_its_code);
  g_test_add_func ("/app/templates/all-bundled", test_every_template_bundled);
  g_test_add_func ("/app/templates/code-loads-its-own", test_code_loads_its_own_template);

  return g_test_run ();
}
