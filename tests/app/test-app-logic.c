/* test-app-logic.c: the app's display logic, undo stack and recovery copies, without widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <gdk/gdk.h>
#include <glib/gstdio.h>

#include "bs-display.h"
#include "bs-recovery.h"
#include "bs-undo-stack.h"

static BsAssessment *
new_assessment (void)
{
  BsAssessment *assessment = bs_assessment_new (bs_framework_get_default ());

  bs_assessment_set_title (assessment, "Test");
  bs_assessment_set_levels (assessment, (const char * const []) { "course", NULL });

  return assessment;
}

static const char *
first_statement_id (BsAssessment *assessment,
                    guint         n)
{
  BsLevel *level = bs_framework_lookup_level (bs_assessment_get_framework (assessment), "course");
  g_autoptr(BsDimension) dimension = g_list_model_get_item (bs_level_get_dimensions (level), 0);
  g_autoptr(BsStatement) statement = g_list_model_get_item (bs_dimension_get_statements (dimension), n);

  return bs_statement_get_id (statement);
}

static void
test_progress_text (void)
{
  g_autofree char *a = bs_display_progress_text (3, 5);
  g_autofree char *b = bs_display_progress_text (0, 0);

  g_assert_cmpstr (a, ==, "3/5");
  g_assert_cmpstr (b, ==, "0/0");
}

static void
test_score_text (void)
{
  BsScore none = { 0, 0, 2, 5 };
  BsScore some = { 2.25, 4, 4, 5 };
  g_autofree char *a = bs_display_score_text (&none);
  g_autofree char *b = bs_display_score_text (&some);

  g_assert_cmpstr (a, ==, "–");
  g_assert_cmpstr (b, ==, "2.2");
}

static void
test_buttons (void)
{
  for (int v = 1; v <= 4; v++)
    {
      g_assert_cmpint (bs_display_button_for_value (v, 4), ==, v - 1);
      g_assert_cmpint (bs_display_value_for_button (v - 1, 4), ==, v);
    }

  g_assert_cmpint (bs_display_button_for_value (BS_VALUE_NOT_APPLICABLE, 4), ==, 4);
  g_assert_cmpint (bs_display_button_for_value (BS_VALUE_UNKNOWN, 4), ==, 5);
  g_assert_cmpint (bs_display_button_for_value (BS_VALUE_NONE, 4), ==, -1);
  g_assert_cmpint (bs_display_button_for_value (5, 4), ==, -1);
  g_assert_cmpint (bs_display_value_for_button (4, 4), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (bs_display_value_for_button (5, 4), ==, BS_VALUE_UNKNOWN);
  g_assert_cmpint (bs_display_value_for_button (6, 4), ==, BS_VALUE_NONE);
  g_assert_cmpint (bs_display_value_for_button (-1, 4), ==, BS_VALUE_NONE);
}

static void
test_keys (void)
{
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_1, 4), ==, 1);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_4, 4), ==, 4);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_KP_2, 4), ==, 2);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_5, 4), ==, BS_VALUE_NONE);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_5, 5), ==, 5);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_0, 4), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_n, 4), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_d, 4), ==, BS_VALUE_UNKNOWN);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_a, 4), ==, BS_VALUE_NONE);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_Up, 4), ==, BS_VALUE_NONE);
}

static void
test_titles (void)
{
  g_autofree char *clean = bs_display_title ("Scan", FALSE);
  g_autofree char *dirty = bs_display_title ("Scan", TRUE);
  g_autofree char *untitled = bs_display_title (NULL, FALSE);
  g_autofree char *sub_saved = bs_display_subtitle ("/tmp/a/scan.blendscan", FALSE);
  g_autofree char *sub_dirty = bs_display_subtitle ("/tmp/a/scan.blendscan", TRUE);
  g_autofree char *sub_new = bs_display_subtitle (NULL, TRUE);

  g_assert_cmpstr (clean, ==, "Scan");
  g_assert_cmpstr (dirty, ==, "• Scan");
  g_assert_cmpstr (untitled, ==, "Untitled Assessment");
  g_assert_cmpstr (sub_saved, ==, "scan.blendscan");
  g_assert_true (g_str_has_prefix (sub_dirty, "scan.blendscan"));
  g_assert_true (strstr (sub_dirty, "unsaved") != NULL);
  g_assert_cmpstr (sub_new, ==, "Not saved");
}

static void
test_dates (void)
{
  g_assert_true (bs_display_is_iso_date ("2026-11-25"));
  g_assert_true (bs_display_is_iso_date ("2024-02-29"));
  g_assert_false (bs_display_is_iso_date ("2025-02-29"));
  g_assert_false (bs_display_is_iso_date ("2026-13-01"));
  g_assert_false (bs_display_is_iso_date ("25-11-2026"));
  g_assert_false (bs_display_is_iso_date ("2026-1-5"));
  g_assert_false (bs_display_is_iso_date ("2026-11-25x"));
  g_assert_false (bs_display_is_iso_date (""));
}

static void
test_undo_redo (void)
{
  g_autoptr(BsAssessment) assessment = new_assessment ();
  g_autoptr(BsUndoStack) stack = bs_undo_stack_new (assessment);
  const char *a = first_statement_id (assessment, 0);
  const char *b = first_statement_id (assessment, 1);
  BsAnswer *answer_a = bs_assessment_get_answer (assessment, a);

  g_assert_false (bs_undo_stack_get_can_undo (stack));
  g_assert_false (bs_undo_stack_get_can_redo (stack));
  g_assert_null (bs_undo_stack_undo (stack));

  bs_assessment_set_value (assessment, a, 2);
  bs_assessment_set_value (assessment, a, 3);
  bs_assessment_set_value (assessment, b, BS_VALUE_NOT_APPLICABLE);
  g_assert_true (bs_undo_stack_get_can_undo (stack));

  g_assert_cmpstr (bs_undo_stack_undo (stack), ==, b);
  g_assert_cmpint (bs_answer_get_value (bs_assessment_get_answer (assessment, b)), ==, BS_VALUE_NONE);
  g_assert_cmpstr (bs_undo_stack_undo (stack), ==, a);
  g_assert_cmpint (bs_answer_get_value (answer_a), ==, 2);
  g_assert_true (bs_undo_stack_get_can_redo (stack));

  g_assert_cmpstr (bs_undo_stack_redo (stack), ==, a);
  g_assert_cmpint (bs_answer_get_value (answer_a), ==, 3);

  /* a new change drops what could be redone */
  bs_assessment_set_value (assessment, a, 1);
  g_assert_false (bs_undo_stack_get_can_redo (stack));
  g_assert_cmpstr (bs_undo_stack_undo (stack), ==, a);
  g_assert_cmpint (bs_answer_get_value (answer_a), ==, 3);
  g_assert_cmpstr (bs_undo_stack_undo (stack), ==, a);
  g_assert_cmpstr (bs_undo_stack_undo (stack), ==, a);
  g_assert_cmpint (bs_answer_get_value (answer_a), ==, BS_VALUE_NONE);
  g_assert_false (bs_undo_stack_get_can_undo (stack));

  /* notes are not answer values: not recorded */
  bs_answer_set_note (answer_a, "x");
  g_assert_false (bs_undo_stack_get_can_undo (stack));

  bs_undo_stack_clear (stack);
  g_assert_false (bs_undo_stack_get_can_redo (stack));
}

static void
test_recovery (void)
{
  g_autoptr(BsAssessment) assessment = new_assessment ();
  g_autoptr(BsAssessment) restored = NULL;
  g_autoptr(GPtrArray) before = bs_recovery_list ();
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bs_recovery_new_path ();
  g_autofree char *dir = bs_recovery_get_dir ();
  g_autofree char *original = NULL;
  const char *id = first_statement_id (assessment, 0);

  g_assert_true (g_str_has_prefix (path, dir));
  g_assert_true (g_str_has_prefix (dir, g_get_user_state_dir ()));

  bs_assessment_set_value (assessment, id, 4);
  g_assert_true (bs_recovery_write (assessment, path, "/somewhere/scan.blendscan", &error));
  g_assert_no_error (error);

  after = bs_recovery_list ();
  g_assert_cmpuint (after->len, ==, before->len + 1);

  original = bs_recovery_get_original (path);
  g_assert_cmpstr (original, ==, "/somewhere/scan.blendscan");

  restored = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bs_answer_get_value (bs_assessment_get_answer (restored, id)), ==, 4);

  bs_recovery_remove (path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gone = bs_recovery_list ();
  g_assert_cmpuint (gone->len, ==, before->len);
}

/* The date entries ask the core's rule, so they refuse what the schema
 * refuses on reopen (these passed the entries' own check once). */
static void
test_dates_core_rule (void)
{
  g_assert_false (bs_display_is_iso_date ("-001-12-31"));
  g_assert_false (bs_display_is_iso_date ("+123-01-01"));
  g_assert_false (bs_display_is_iso_date (" 026-03-12"));
  g_assert_false (bs_display_is_iso_date ("0000-01-01"));
  g_assert_true (bs_display_is_iso_date ("0001-01-01"));
  g_assert_true (bs_display_is_iso_date ("9999-12-31"));
}

/* A recovery copy that does not open is never deleted: it is moved aside
 * (so it is not offered at every start), bytes unchanged, and the caller
 * learns where it is kept. */
static void
test_recovery_unopened (void)
{
  g_autoptr(GPtrArray) before = bs_recovery_list ();
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(BsAssessment) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bs_recovery_new_path ();
  g_autofree char *dir = bs_recovery_get_dir ();
  g_autofree char *kept_dir = bs_recovery_get_kept_dir ();
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *source = g_strconcat (path, ".source", NULL);
  g_autofree char *kept_source = NULL;
  const char *damaged = "<?xml version=\"1.0\"?>\n<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\"><title>Half";

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, damaged, -1, &error));
  g_assert_true (g_file_set_contents (source, "/somewhere/scan.blendscan", -1, &error));
  g_assert_no_error (error);

  restored = bs_recovery_load (path, &kept, &error);
  g_assert_null (restored);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TRUNCATED);
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_prefix (kept, kept_dir));
  /* The message names the copy where it is now. */
  {
    g_autofree char *kept_name = g_filename_display_name (kept);

    g_assert_nonnull (strstr (error->message, kept_name));
  }

  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, damaged);
  kept_source = g_strconcat (kept, ".source", NULL);
  g_assert_true (g_file_test (kept_source, G_FILE_TEST_IS_REGULAR));

  /* No longer offered at the next start. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  after = bs_recovery_list ();
  g_assert_cmpuint (after->len, ==, before->len);

  g_unlink (kept);
  g_unlink (kept_source);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/display/progress-text", test_progress_text);
  g_test_add_func ("/app/display/score-text", test_score_text);
  g_test_add_func ("/app/display/buttons", test_buttons);
  g_test_add_func ("/app/display/keys", test_keys);
  g_test_add_func ("/app/display/titles", test_titles);
  g_test_add_func ("/app/display/dates", test_dates);
  g_test_add_func ("/app/undo/undo-redo", test_undo_redo);
  g_test_add_func ("/app/recovery/write-list-remove", test_recovery);
  g_test_add_func ("/app/recovery/unopened-is-kept", test_recovery_unopened);
  g_test_add_func ("/app/display/dates-core-rule", test_dates_core_rule);

  return g_test_run ();
}
