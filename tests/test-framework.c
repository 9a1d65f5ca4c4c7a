/* test-framework.c: the default framework and framework files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "blendscan-core.h"

static void
test_default_structure (void)
{
  BsFramework *framework = bs_framework_get_default ();
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

  g_assert_cmpstr (bs_framework_get_id (framework), ==, BS_DEFAULT_FRAMEWORK_ID);
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
          g_assert_cmpuint (n_statements, <=, 6);
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

static void
test_default_texts (void)
{
  BsFramework *framework = bs_framework_get_default ();
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

static void
test_default_file_matches_builtin (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "default.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = bs_framework_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (bs_framework_get_n_statements (framework), ==,
                    bs_framework_get_n_statements (bs_framework_get_default ()));
  g_assert_cmpstr (bs_framework_get_path (framework), ==, path);
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
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework/default/structure", test_default_structure);
  g_test_add_func ("/framework/default/texts", test_default_texts);
  g_test_add_func ("/framework/default/file-matches-builtin", test_default_file_matches_builtin);
  g_test_add_func ("/framework/localized/fallback", test_language_fallback);
  g_test_add_func ("/framework/custom", test_custom_framework);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("/framework/bad/%s", bad[i].fixture);

      g_test_add_data_func (name, &bad[i], test_bad_framework);
    }

  return g_test_run ();
}
