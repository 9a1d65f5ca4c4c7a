/* test-framework.c: the default framework and framework files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-test-common.h"

/* Both shipped versions have the seed's structure; 2.0 may add statements
 * to a dimension, so only 1.0 is held to its six at most. */
static void
test_default_structure (gconstpointer data)
{
  const char *version = data;
  BsFramework *framework = bs_framework_get_builtin (version);
  guint max_statements = g_str_equal (version, "1.0") ? 6 : G_MAXUINT;
  GListModel *levels = bs_framework_get_levels (framework);
  /* The seed's levels, with the dimensions FRAMEWORK-NOTES places there. */
  const struct {
    const char *id;
    const char *dimensions[9];
  } expected[] = {
    { "course", { "flexibility", "interaction", "design-process", "experience" } },
    { "programme", { "design-process", "flexibility", "experience" } },
    { "institution", { "strategy", "support", "sharing", "professional-development",
                       "quality-assurance", "governance", "finances", "facilities" } },
  };

  g_assert_nonnull (framework);
  g_assert_cmpstr (bs_framework_get_id (framework), ==, BS_DEFAULT_FRAMEWORK_ID);
  g_assert_cmpstr (bs_framework_get_version (framework), ==, version);
  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 3);
  g_assert_cmpuint (bs_framework_get_n_stages (framework), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GListModel *dims = bs_level_get_dimensions (level);
      guint n = 0;

      g_assert_cmpstr (bs_level_get_id (level), ==, expected[i].id);
      while (expected[i].dimensions[n] != NULL)
        n++;
      g_assert_cmpuint (g_list_model_get_n_items (dims), ==, n);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(BsDimension) dim = g_list_model_get_item (dims, j);
          GListModel *statements = bs_dimension_get_statements (dim);
          guint n_statements = g_list_model_get_n_items (statements);

          g_assert_cmpstr (bs_dimension_get_id (dim), ==, expected[i].dimensions[j]);
          g_assert_cmpuint (n_statements, >=, 4);
          g_assert_cmpuint (n_statements, <=, max_statements);
          g_assert_true (bs_localized_has (bs_dimension_get_description (dim), "nl"));

          for (guint k = 0; k < n_statements; k++)
            {
              g_autoptr(BsStatement) st = g_list_model_get_item (statements, k);
              g_autofree char *prefix = g_strdup_printf ("%s.%s.", expected[i].id, expected[i].dimensions[j]);

              g_assert_true (g_str_has_prefix (bs_statement_get_id (st), prefix));
              g_assert_cmpstr (bs_statement_get_level_id (st), ==, expected[i].id);
              g_assert_cmpuint (bs_statement_get_n_descriptors (st), ==, 4);
              for (guint s = 1; s <= 4; s++)
                {
                  BsLocalized *d = bs_statement_get_descriptor (st, s);

                  g_assert_true (bs_localized_has (d, "nl"));
                  g_assert_true (bs_localized_has (d, "en"));
                  g_assert_cmpstr (bs_localized_get (d, "nl"), !=, bs_localized_get (d, "en"));
                }
            }
        }
    }

  g_assert_cmpuint (bs_framework_get_n_statements (framework), >=, 15 * 4);
}

/* Version 1.0, as assessments made with it were scored and printed. */
static void
test_default_texts (void)
{
  BsFramework *framework = bs_framework_get_builtin ("1.0");
  BsStage *stage = bs_framework_get_stage (framework, 3);
  BsDimension *dim = bs_framework_lookup_dimension (framework, "institution", "sharing");
  GListModel *reflections = bs_framework_get_reflections (framework);
  g_autoptr(BsReflection) reflection = g_list_model_get_item (reflections, 0);

  g_assert_nonnull (stage);
  g_assert_cmpstr (bs_stage_get_name_text (stage, "en"), ==, "Embedded");
  g_assert_cmpstr (bs_stage_get_name_text (stage, "nl"), ==, "Ingebed");
  g_assert_null (bs_framework_get_stage (framework, 5));
  g_assert_null (bs_framework_get_stage (framework, 0));

  /* Entities in the file come out as text. */
  g_assert_cmpstr (bs_dimension_get_title_text (dim, "en"), ==, "Sharing & communities");

  /* The seed's three questions on learning environments. */
  g_assert_cmpuint (g_list_model_get_n_items (bs_reflection_get_questions (reflection)), ==, 3);
  g_assert_nonnull (bs_framework_lookup_question (framework, "environments.connect"));
  g_assert_cmpuint (g_list_model_get_n_items (bs_framework_get_glossary (framework)), >=, 3);
}

static void
test_language_fallback (void)
{
  g_autoptr(BsLocalized) text = bs_localized_new ();

  g_assert_cmpstr (bs_localized_get (text, "nl"), ==, "");

  bs_localized_set (text, "nl", "Flexibiliteit");
  g_assert_cmpstr (bs_localized_get (text, "en"), ==, "Flexibiliteit");

  bs_localized_set (text, "en", "Flexibility");
  g_assert_cmpstr (bs_localized_get (text, "nl"), ==, "Flexibiliteit");
  g_assert_cmpstr (bs_localized_get (text, "nl_BE.UTF-8"), ==, "Flexibiliteit");
  g_assert_cmpstr (bs_localized_get (text, "de"), ==, "Flexibility");
  g_assert_cmpstr (bs_localized_get (text, "EN"), ==, "Flexibility");
}

/* The files installed next to each other are the versions compiled in. */
static void
test_default_file_matches_builtin (void)
{
  const struct { const char *file; const char *version; } files[] = {
    { "default.xml", "1.0" },
    { "default-2.0.xml", "2.0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", files[i].file, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(BsFramework) framework = bs_framework_new_from_file (path, &error);
      BsFramework *builtin = bs_framework_get_builtin (files[i].version);

      g_assert_no_error (error);
      g_assert_nonnull (builtin);
      g_assert_cmpstr (bs_framework_get_version (framework), ==, files[i].version);
      g_assert_cmpuint (bs_framework_get_n_statements (framework), ==,
                        bs_framework_get_n_statements (builtin));
      g_assert_cmpstr (bs_framework_get_path (framework), ==, path);
    }
}

/* A new assessment uses the newest version; an existing one the version
 * it names. */
static void
test_versions (void)
{
  BsFramework *v1 = bs_framework_get_builtin ("1.0");
  BsFramework *v2 = bs_framework_get_builtin ("2.0");
  g_autoptr(BsFramework) newest = NULL;
  g_autoptr(BsFramework) old = NULL;
  g_autoptr(BsFramework) missing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (v1);
  g_assert_nonnull (v2);
  g_assert_true (bs_framework_get_default () == v2);
  g_assert_null (bs_framework_get_builtin ("9.9"));
  /* Version 2.0 is format 3: it says how to read its scale; 1.0 does not. */
  g_assert_nonnull (bs_framework_get_scale_description (v2, "nl"));
  g_assert_null (bs_framework_get_scale_description (v1, "nl"));

  newest = bs_framework_find (BS_DEFAULT_FRAMEWORK_ID, &error);
  g_assert_no_error (error);
  g_assert_true (newest == v2);
  g_clear_object (&newest);
  newest = bs_framework_find_version (BS_DEFAULT_FRAMEWORK_ID, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (newest == v2);

  old = bs_framework_find_version (BS_DEFAULT_FRAMEWORK_ID, "1.0", &error);
  g_assert_no_error (error);
  g_assert_true (old == v1);

  /* A version that is not installed: refused, naming those that are. */
  missing = bs_framework_find_version (BS_DEFAULT_FRAMEWORK_ID, "0.9", &error);
  g_assert_null (missing);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "version “0.9” of the framework “blendscan-embed”"));
  g_assert_nonnull (strstr (error->message, "(installed versions: 1.0, 2.0)"));
  g_clear_error (&error);

  missing = bs_framework_find_version ("someone-elses", "1.0", &error);
  g_assert_null (missing);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“someone-elses”"));
}

static void
test_compare_versions (void)
{
  g_assert_cmpint (bs_framework_compare_versions ("1.0", "2.0"), <, 0);
  g_assert_cmpint (bs_framework_compare_versions ("2.0", "1.0"), >, 0);
  g_assert_cmpint (bs_framework_compare_versions ("1.9", "1.10"), <, 0);
  g_assert_cmpint (bs_framework_compare_versions ("2", "2.1"), <, 0);
  g_assert_cmpint (bs_framework_compare_versions ("2.0", "2.0"), ==, 0);
  g_assert_cmpint (bs_framework_compare_versions ("1.0-beta", "1.0-beta"), ==, 0);
  g_assert_cmpint (bs_framework_compare_versions ("0.1", "0.10"), <, 0);
}

/* Frameworks of one's own are found by id and version in the framework
 * folders, the newest for a new assessment. */
static void
test_versions_on_disk (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *small = bs_test_fixture_path ("framework-small.xml");
  g_autofree char *text = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(BsFramework) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (small, &text, NULL, NULL));
  parts = g_strsplit (text, "version=\"0.1\"", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  newer = g_strjoinv ("version=\"0.10\"", parts);
  path = g_build_filename (dir, "a-small.xml", NULL);
  g_assert_true (g_file_set_contents (path, newer, -1, NULL));
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "b-small.xml", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_setenv ("BLENDSCAN_FRAMEWORK_PATH", dir, TRUE);

  found = bs_framework_find ("test-small", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_framework_get_version (found), ==, "0.10");
  g_clear_object (&found);

  found = bs_framework_find_version ("test-small", "0.1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_framework_get_version (found), ==, "0.1");
  g_clear_object (&found);

  found = bs_framework_find_version ("test-small", "0.2", &error);
  g_assert_null (found);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "(installed versions: 0.1, 0.10)"));

  g_unsetenv ("BLENDSCAN_FRAMEWORK_PATH");
  g_remove (path);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "a-small.xml", NULL);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_custom_framework (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "framework-small.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = bs_framework_new_from_file (path, &error);
  g_autoptr(BsLevel) level = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (bs_framework_get_id (framework), ==, "test-small");
  g_assert_cmpuint (bs_framework_get_n_stages (framework), ==, 3);
  level = g_list_model_get_item (bs_framework_get_levels (framework), 0);
  g_assert_cmpuint (g_list_model_get_n_items (bs_level_get_dimensions (level)), ==, 3);
  /* No descriptors given: none invented. */
  g_assert_null (bs_statement_get_descriptor (bs_framework_lookup_statement (framework, "unit.alpha.1"), 1));
}

static BsFramework *
load_fixture (const char *name)
{
  g_autofree char *path = bs_test_fixture_path (name);
  g_autoptr(GError) error = NULL;
  BsFramework *framework = bs_framework_new_from_file (path, &error);

  g_assert_no_error (error);
  return framework;
}

/* Format 3: the scale's description, next steps, a reflection's level. */
static void
test_format3 (void)
{
  g_autoptr(BsFramework) framework = load_fixture ("framework-format3.xml");
  BsStatement *st = bs_framework_lookup_statement (framework, "unit.alpha.1");
  BsStatement *bare = bs_framework_lookup_statement (framework, "unit.alpha.2");
  BsReflection *everyone = bs_framework_lookup_reflection (framework, "everyone");
  BsReflection *groups = bs_framework_lookup_reflection (framework, "groups");

  /* White space folded like every other text. */
  g_assert_cmpstr (bs_framework_get_scale_description (framework, "en"), ==, "Read the scale from low to high.");
  g_assert_cmpstr (bs_framework_get_scale_description (framework, "nl"), ==, "Lees de schaal van laag naar hoog.");
  g_assert_true (bs_localized_has (bs_framework_get_scale_description_localized (framework), "nl"));

  /* Next steps by the stage they lead up from, in any order in the file. */
  g_assert_cmpuint (bs_statement_get_n_next_steps (st), ==, 2);
  g_assert_cmpstr (bs_statement_get_next_step (st, 1, "en"), ==, "Agree on a plan.");
  g_assert_cmpstr (bs_statement_get_next_step (st, 1, "nl"), ==, "Spreek een plan af.");
  g_assert_cmpstr (bs_statement_get_next_step (st, 2, "nl_NL.UTF-8"), ==, "Leg het vast in de studiehandleiding.");
  g_assert_null (bs_statement_get_next_step (st, 0, "en"));
  g_assert_null (bs_statement_get_next_step (st, 3, "en"));
  g_assert_null (bs_statement_get_next_step (st, 99, "en"));
  g_assert_nonnull (bs_statement_get_next_step_localized (st, 2));
  g_assert_cmpuint (bs_statement_get_n_next_steps (bare), ==, 0);
  g_assert_null (bs_statement_get_next_step (bare, 1, "en"));
  g_assert_null (bs_statement_get_next_step_localized (bare, 1));

  g_assert_nonnull (everyone);
  g_assert_nonnull (groups);
  g_assert_null (bs_reflection_get_level_id (everyone));
  g_assert_cmpstr (bs_reflection_get_level_id (groups), ==, "group");
  g_assert_null (bs_framework_lookup_reflection (framework, "nothing"));
  g_assert_null (bs_framework_lookup_reflection (framework, NULL));
}

/* Older formats have none of it, and say so with NULL. */
static void
test_format1_has_no_format3_parts (void)
{
  g_autoptr(BsFramework) framework = load_fixture ("framework-small.xml");
  BsStatement *st = bs_framework_lookup_statement (framework, "unit.alpha.1");

  g_assert_null (bs_framework_get_scale_description (framework, "en"));
  g_assert_true (bs_localized_is_empty (bs_framework_get_scale_description_localized (framework)));
  g_assert_null (bs_statement_get_next_step (st, 1, NULL));
  g_assert_cmpuint (bs_statement_get_n_next_steps (st), ==, 0);
}

/* An assessment asks, shows and saves the reflections of its own levels
 * only, keeps the others while open, and refuses a file that answers one
 * of another level. */
static void
test_reflection_levels (void)
{
  g_autoptr(BsFramework) framework = load_fixture ("framework-format3.xml");
  g_autoptr(BsAssessment) a = bs_assessment_new (framework);
  g_autoptr(BsAssessment) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *unit_only[] = { "unit", NULL };
  const char *both[] = { "unit", "group", NULL };
  BsReflection *groups = bs_framework_lookup_reflection (framework, "groups");
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *tampered = NULL;

  bs_assessment_set_levels (a, unit_only);
  g_assert_true (bs_assessment_includes_reflection (a, bs_framework_lookup_reflection (framework, "everyone")));
  g_assert_false (bs_assessment_includes_reflection (a, groups));
  g_assert_true (bs_assessment_includes_question (a, "everyone.1"));
  g_assert_false (bs_assessment_includes_question (a, "groups.1"));
  g_assert_false (bs_assessment_includes_question (a, "nothing.1"));

  bs_assessment_set_reflection (a, "everyone.1", "Veel");
  bs_assessment_set_reflection (a, "groups.1", "Via het team");
  bytes = bs_assessment_to_bytes (a);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "question=\"everyone.1\""));
  g_assert_null (strstr (text, "groups.1"));
  /* Kept while open: including the level brings the answer back. */
  g_assert_cmpstr (bs_assessment_get_reflection (a, "groups.1"), ==, "Via het team");

  bs_assessment_set_levels (a, both);
  g_assert_true (bs_assessment_includes_reflection (a, groups));
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&text, g_free);
  bytes = bs_assessment_to_bytes (a);
  loaded = bs_assessment_load_from_bytes (bytes, "both.blendscan", framework, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_assessment_get_reflection (loaded, "groups.1"), ==, "Via het team");
  g_assert_cmpstr (bs_assessment_get_framework_version (loaded), ==, "3.1");
  g_clear_object (&loaded);

  /* The same file with the group level left out of <levels>. */
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  parts = g_strsplit (text, "<level id=\"group\"/>", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  tampered = g_strjoinv ("", parts);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (tampered, strlen (tampered));
  loaded = bs_assessment_load_from_bytes (bytes, "one-level.blendscan", framework, &error);
  g_assert_null (loaded);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "“one-level.blendscan”, line "));
  g_assert_nonnull (strstr (error->message, "“groups.1”"));
  g_assert_nonnull (strstr (error->message, "“group”"));
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *fragment;
} BadFramework;

static void
test_bad_framework (gconstpointer data)
{
  const BadFramework *bad = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", bad->fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = bs_framework_new_from_file (path, &error);

  g_assert_null (framework);
  g_assert_error (error, BS_FORMAT_ERROR, bad->code);
  g_assert_nonnull (strstr (error->message, bad->fixture));
  g_assert_nonnull (strstr (error->message, bad->fragment));
}

int
main (int   argc,
      char *argv[])
{
  static const BadFramework bad[] = {
    { "framework-missing-nl.xml", BS_FORMAT_ERROR_MISSING_TEXT, "missing in language “nl”" },
    { "framework-duplicate-statement.xml", BS_FORMAT_ERROR_DUPLICATE, "course.flexibility.1" },
    { "framework-stage-out-of-range.xml", BS_FORMAT_ERROR_OUT_OF_RANGE, "stage 6" },
    { "framework-next-step-out-of-range.xml", BS_FORMAT_ERROR_OUT_OF_RANGE,
      "line 23: statement “unit.alpha.1” has a next step from stage 3, but a next step leads up from one of the stages 1 to 2." },
    { "framework-next-step-twice.xml", BS_FORMAT_ERROR_DUPLICATE,
      "line 24: statement “unit.alpha.1” has two next steps from stage 1." },
    { "framework-reflection-level.xml", BS_FORMAT_ERROR_UNKNOWN_ID,
      "line 49: the reflection “groups” is for the level “faculty”, which the framework does not have." },
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/framework/default/structure/1.0", "1.0", test_default_structure);
  g_test_add_data_func ("/framework/default/structure/2.0", "2.0", test_default_structure);
  g_test_add_func ("/framework/default/texts", test_default_texts);
  g_test_add_func ("/framework/default/file-matches-builtin", test_default_file_matches_builtin);
  g_test_add_func ("/framework/localized/fallback", test_language_fallback);
  g_test_add_func ("/framework/versions/builtin", test_versions);
  g_test_add_func ("/framework/versions/compare", test_compare_versions);
  g_test_add_func ("/framework/versions/on-disk", test_versions_on_disk);
  g_test_add_func ("/framework/custom", test_custom_framework);
  g_test_add_func ("/framework/format3/parts", test_format3);
  g_test_add_func ("/framework/format3/older-formats", test_format1_has_no_format3_parts);
  g_test_add_func ("/framework/format3/reflection-levels", test_reflection_levels);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("/framework/bad/%s", bad[i].fixture);

      g_test_add_data_func (name, &bad[i], test_bad_framework);
    }

  return g_test_run ();
}
