/* test-respondent-names.c: the list of respondents a round is handed out to, as the app checks it, and its file names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "blendscan-core.h"
#include "bs-test-common.h"

static GPtrArray *
make_list (const char * const *names)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (bs_respondent_name_free);

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (list, bs_respondent_name_new (names[i], "teacher", i + 1));

  return list;
}

static void
test_check (void)
{
  const char *good[] = { "Anna de Vries", "José Núñez", NULL };
  const char *twice[] = { "Anna de Vries", "Piet", "ANNA  de vries", NULL };
  const char *missing[] = { "Anna", "  ", NULL };
  const char *control[] = { "An\tna", NULL };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  list = make_list (good);
  g_assert_true (bs_respondent_names_check (list, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = make_list (twice);
  g_assert_false (bs_respondent_names_check (list, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE);
  g_assert_true (g_str_has_prefix (error->message, "Row 3: "));
  g_assert_nonnull (strstr (error->message, "row 1"));
  g_clear_error (&error);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = make_list (missing);
  g_assert_false (bs_respondent_names_check (list, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MISSING_TEXT);
  g_assert_true (g_str_has_prefix (error->message, "Row 2: "));
  g_clear_error (&error);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = make_list (control);
  g_assert_false (bs_respondent_names_check (list, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = g_ptr_array_new_with_free_func (bs_respondent_name_free);
  g_assert_false (bs_respondent_names_check (list, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MISSING_TEXT);
}

static void
test_file_names (void)
{
  const char *names[] = { "José Núñez", "王小明", "jose nunez", NULL };
  g_autoptr(GPtrArray) list = make_list (names);
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (bs_respondent_name_free);
  g_auto(GStrv) files = bs_respondent_names_file_names (BS_HAND_OUT_RESPONDENT_FILES, list);
  g_auto(GStrv) forms = bs_respondent_names_file_names (BS_HAND_OUT_PDF, list);
  g_auto(GStrv) csv = bs_respondent_names_file_names (BS_HAND_OUT_CSV, list);
  g_auto(GStrv) anyone = bs_respondent_names_file_names (BS_HAND_OUT_PDF, none);
  const char *want_files[] = { "jose-nunez.blendscan", "respondent-2.blendscan", "jose-nunez-2.blendscan", NULL };
  const char *want_forms[] = { "jose-nunez.pdf", "respondent-2.pdf", "jose-nunez-2.pdf", NULL };
  const char *want_csv[] = { "questionnaire.csv", NULL };
  const char *want_anyone[] = { "questionnaire.pdf", NULL };

  g_assert_cmpstrv (files, want_files);
  g_assert_cmpstrv (forms, want_forms);
  g_assert_cmpstrv (csv, want_csv);
  g_assert_cmpstrv (anyone, want_anyone);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/respondent-names/check", test_check);
  g_test_add_func ("/respondent-names/file-names", test_file_names);

  return g_test_run ();
}
