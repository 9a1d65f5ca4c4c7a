/* test-limits.c: every value the model accepts is saved in a file that opens
 * again, and every hostile file is refused quickly with one clear message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-xml-private.h"
#include "bs-test-common.h"

#define HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">\n" \
  "  <framework id=\"blendscan-embed\" version=\"1.0\"/>\n" \
  "  <title>T</title>\n" \
  "  <levels><level id=\"course\"/></levels>\n"
#define TAIL "</assessment>\n"

static void
remove_tmpdir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* The @nth statement of @level_id, counting through its dimensions. */
static const char *
statement_of_level (BsFramework *framework,
                    const char  *level_id,
                    guint        nth)
{
  GListModel *dims = bs_level_get_dimensions (bs_framework_lookup_level (framework, level_id));

  for (guint i = 0; i < g_list_model_get_n_items (dims); i++)
    {
      g_autoptr(BsDimension) dim = g_list_model_get_item (dims, i);
      GListModel *statements = bs_dimension_get_statements (dim);
      guint n = g_list_model_get_n_items (statements);

      if (nth < n)
        {
          g_autoptr(BsStatement) st = g_list_model_get_item (statements, nth);

          return bs_statement_get_id (st);
        }
      nth -= n;
    }

  g_assert_not_reached ();
}

/* Loads @data from a file named @name and checks that it is refused with
 * @code and a one-line message that names the file and contains @fragment. */
static void
assert_refused (const char *name,
                const char *data,
                gsize       len,
                int         code,
                const char *fragment)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = NULL;

  g_assert_true (g_file_set_contents (path, data, len, &error));
  a = bs_assessment_load (path, NULL, &error);

  g_assert_null (a);
  if (error->domain != BS_FORMAT_ERROR || error->code != code)
    g_error ("%s: expected code %d, got %d: %s", name, code, error->code, error->message);
  g_assert_nonnull (strstr (error->message, name));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("message for %s lacks “%s”: %s", name, fragment, error->message);
  g_assert_null (strchr (error->message, '\n'));
  g_test_message ("%s: %s", name, error->message);

  remove_tmpdir (dir);
}

static void
assert_refused_string (const char *name,
                       const char *data,
                       int         code,
                       const char *fragment)
{
  assert_refused (name, data, strlen (data), code, fragment);
}

/* bs_text_clean: what XML cannot hold goes, line breaks of other systems
 * become newlines, the rest is kept byte for byte. */
static void
test_text_clean (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "plain", "plain" },
    { "tab\tand\nnewline", "tab\tand\nnewline" },
    { "soft\vbreak", "soft\nbreak" },
    { "page\fbreak", "page\nbreak" },
    { "windows\r\nline", "windows\nline" },
    { "old\rmac", "old\nmac" },
    { "bell\a esc\x1b[31m", "bell esc[31m" },
    { "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f", "" },
    { "nonchar \xef\xbf\xbe\xef\xbf\xbf end", "nonchar  end" },
    { "del \x7f and c1 \xc2\x85 stay", "del \x7f and c1 \xc2\x85 stay" },
    { "émoji 🎓 עברית \xe2\x80\xa8 \xf4\x8f\xbf\xbf", "émoji 🎓 עברית \xe2\x80\xa8 \xf4\x8f\xbf\xbf" },
    { "bad \xff utf8", "bad \xef\xbf\xbd utf8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = bs_text_clean (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_true (bs_text_is_clean (out));
      g_assert_cmpint (bs_text_is_clean (cases[i].in), ==, g_str_equal (cases[i].in, cases[i].out));
    }

  g_assert_null (bs_text_clean (NULL));
}

static void
test_text_quote (void)
{
  g_autofree char *quoted = bs_text_quote ("a\nb\x1b\xe2\x80\xa8", 40);
  g_autofree char *cut = bs_text_quote ("abcdefghij", 4);

  g_assert_cmpstr (quoted, ==, "“a\\nb\\x1b\\u2028”");
  g_assert_cmpstr (cut, ==, "“abcd…”");
}

static void
test_date_rule (void)
{
  static const char * const valid[] = {
    "0001-01-01", "9999-12-31", "2024-02-29", "2000-02-29", "2026-03-12",
  };
  static const char * const invalid[] = {
    "", "0000-01-01", "10000-01-01", "-0001-01-01", "+123-01-01", "-001-12-31",
    " 026-03-12", "2026-03-12Z", "2026-03-12+01:00", "2026-03-12 ", " 2026-03-12",
    "2025-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-01-00",
    "2026-04-31", "2026-1-5", "26-03-12", "2026/03/12", "12-03-2026",
    "２０２６-03-12", "2026-03-1x",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (bs_date_is_valid_iso (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    if (bs_date_is_valid_iso (invalid[i]))
      g_error ("“%s” passed as a date", invalid[i]);
  g_assert_false (bs_date_is_valid_iso (NULL));
}

/* The setters refuse a date the file could not hold; the caller (the app's
 * entry) checks first, so this is a programmer error. */
static void
test_date_setters_refuse (void)
{
  BsFramework *framework = bs_framework_get_default ();
  g_autoptr(BsAssessment) a = bs_assessment_new (framework);
  g_autoptr(BsAction) action = bs_action_new ();

  bs_assessment_set_date (a, "2026-03-12");
  bs_action_set_due (action, "2027-01-31");

  g_test_expect_message ("blendscan-core", G_LOG_LEVEL_CRITICAL, "*bs_date_is_valid_iso*");
  bs_assessment_set_date (a, "2026-03-12Z");
  g_test_assert_expected_messages ();
  g_test_expect_message ("blendscan-core", G_LOG_LEVEL_CRITICAL, "*bs_date_is_valid_iso*");
  bs_action_set_due (action, "-0001-01-01");
  g_test_assert_expected_messages ();

  g_assert_cmpstr (bs_assessment_get_date (a), ==, "2026-03-12");
  g_assert_cmpstr (bs_action_get_due (action), ==, "2027-01-31");

  bs_assessment_set_date (a, "");
  bs_action_set_due (action, NULL);
  g_assert_null (bs_assessment_get_date (a));
  g_assert_null (bs_action_get_due (action));
}

static void
test_dates_refused_on_load (void)
{
  assert_refused_string ("year10000.blendscan", HEAD "  <date>10000-01-01</date>\n" TAIL,
                         BS_FORMAT_ERROR_INVALID_VALUE, "line 6: the date of the assessment, “10000-01-01”, is not a date");
  assert_refused_string ("negative.blendscan", HEAD "  <date>-0001-01-01</date>\n" TAIL,
                         BS_FORMAT_ERROR_INVALID_VALUE, "“-0001-01-01”");
  assert_refused_string ("zone.blendscan", HEAD "  <date>2026-03-12Z</date>\n" TAIL,
                         BS_FORMAT_ERROR_INVALID_VALUE, "“2026-03-12Z”");
  assert_refused_string ("due.blendscan",
                         HEAD "  <actions>\n    <action status=\"planned\" due=\" 026-03-12\"><description>x</description></action>\n  </actions>\n" TAIL,
                         BS_FORMAT_ERROR_INVALID_VALUE, "line 7: the due date of an action, “ 026-03-12”");
}

/* Every text field, filled with what users paste (control characters,
 * other systems' line breaks, scripts, emoji), and the dates at the edges
 * of the range: saved, loaded back, the same. */
static const char *const edge_texts[] = {
  "all controls: \x01\x02\x03\x04\x05\x06\x07\x08|\t|\n|\v|\f|\r|\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f|\x7f|\xc2\x85|end",
  "PowerPoint\vsoft break and \r\nWindows and \rMac lines",
  "noncharacters \xef\xbf\xbe\xef\xbf\xbf and the last one \xf4\x8f\xbf\xbf, private \xee\x80\x80",
  "markup <b>&amp;</b> \"quotes\" 'single' ]]> --> <!-- &#11; &lt;",
  "  leading and trailing blanks  ",
  "Ünïcödé: 日本語, עברית, العربية, 🎓👩‍🏫, e\xcc\x81 (combining), \xe2\x80\xa8 \xe2\x80\xa9 \xe2\x80\xae",
};

static void
fill_everything (BsAssessment *a,
                 const char   *text,
                 const char   *date)
{
  BsFramework *framework = bs_assessment_get_framework (a);
  const char *statement = statement_of_level (framework, "course", 0);
  g_autoptr(BsAction) action = bs_action_new ();
  g_autoptr(BsReflection) reflection = g_list_model_get_item (bs_framework_get_reflections (framework), 0);
  g_autoptr(BsQuestion) question = g_list_model_get_item (bs_reflection_get_questions (reflection), 0);
  BsAnswer *answer = bs_assessment_get_answer (a, statement);
  BsDimensionNotes *notes;
  BsStatement *st = bs_framework_lookup_statement (framework, statement);

  bs_assessment_set_title (a, text);
  bs_assessment_set_institution (a, text);
  bs_assessment_set_unit (a, text);
  bs_assessment_set_unit_level (a, "course");
  bs_assessment_set_facilitator (a, text);
  bs_assessment_set_date (a, date);
  bs_assessment_add_participant (a, text, text);
  bs_answer_set_value (answer, 2);
  bs_answer_set_note (answer, text);
  bs_answer_set_evidence (answer, text);
  notes = bs_assessment_get_dimension_notes (a, "course", bs_statement_get_dimension_id (st));
  bs_dimension_notes_set_summary (notes, text);
  bs_dimension_notes_set_strengths (notes, text);
  bs_dimension_notes_set_improvements (notes, text);
  bs_action_set_description (action, text);
  bs_action_set_owner (action, text);
  bs_action_set_due (action, date);
  bs_action_set_level_id (action, "course");
  bs_assessment_add_action (a, action);
  bs_assessment_set_reflection (a, bs_question_get_id (question), text);
}

static void
assert_same (BsAssessment *a,
             BsAssessment *b)
{
  BsFramework *framework = bs_assessment_get_framework (a);
  const char *statement = statement_of_level (framework, "course", 0);
  BsStatement *st = bs_framework_lookup_statement (framework, statement);
  g_autoptr(BsParticipant) pa = g_list_model_get_item (bs_assessment_get_participants (a), 0);
  g_autoptr(BsParticipant) pb = g_list_model_get_item (bs_assessment_get_participants (b), 0);
  g_autoptr(BsAction) aa = g_list_model_get_item (bs_assessment_get_actions (a), 0);
  g_autoptr(BsAction) ab = g_list_model_get_item (bs_assessment_get_actions (b), 0);
  BsAnswer *na = bs_assessment_lookup_answer (a, statement);
  BsAnswer *nb = bs_assessment_lookup_answer (b, statement);
  BsDimensionNotes *da = bs_assessment_get_dimension_notes (a, "course", bs_statement_get_dimension_id (st));
  BsDimensionNotes *db = bs_assessment_get_dimension_notes (b, "course", bs_statement_get_dimension_id (st));
  g_autoptr(BsReflection) reflection = g_list_model_get_item (bs_framework_get_reflections (framework), 0);
  g_autoptr(BsQuestion) question = g_list_model_get_item (bs_reflection_get_questions (reflection), 0);
  g_autoptr(GBytes) bytes_a = bs_assessment_to_bytes (a);
  g_autoptr(GBytes) bytes_b = bs_assessment_to_bytes (b);

  g_assert_cmpstr (bs_assessment_get_title (a), ==, bs_assessment_get_title (b));
  g_assert_cmpstr (bs_assessment_get_institution (a), ==, bs_assessment_get_institution (b));
  g_assert_cmpstr (bs_assessment_get_unit (a), ==, bs_assessment_get_unit (b));
  g_assert_cmpstr (bs_assessment_get_facilitator (a), ==, bs_assessment_get_facilitator (b));
  g_assert_cmpstr (bs_assessment_get_date (a), ==, bs_assessment_get_date (b));
  g_assert_cmpstr (bs_participant_get_name (pa), ==, bs_participant_get_name (pb));
  g_assert_cmpstr (bs_participant_get_role (pa), ==, bs_participant_get_role (pb));
  g_assert_nonnull (nb);
  g_assert_cmpint (bs_answer_get_value (na), ==, bs_answer_get_value (nb));
  g_assert_cmpstr (bs_answer_get_note (na), ==, bs_answer_get_note (nb));
  g_assert_cmpstr (bs_answer_get_evidence (na), ==, bs_answer_get_evidence (nb));
  g_assert_cmpstr (bs_dimension_notes_get_summary (da), ==, bs_dimension_notes_get_summary (db));
  g_assert_cmpstr (bs_dimension_notes_get_strengths (da), ==, bs_dimension_notes_get_strengths (db));
  g_assert_cmpstr (bs_dimension_notes_get_improvements (da), ==, bs_dimension_notes_get_improvements (db));
  g_assert_cmpstr (bs_action_get_description (aa), ==, bs_action_get_description (ab));
  g_assert_cmpstr (bs_action_get_owner (aa), ==, bs_action_get_owner (ab));
  g_assert_cmpstr (bs_action_get_due (aa), ==, bs_action_get_due (ab));
  g_assert_cmpstr (bs_assessment_get_reflection (a, bs_question_get_id (question)), ==,
                   bs_assessment_get_reflection (b, bs_question_get_id (question)));
  g_assert_true (g_bytes_equal (bytes_a, bytes_b));
}

static void
save_and_reload (BsAssessment *a)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "edge.blendscan", NULL);
  g_autoptr(BsAssessment) b = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (bs_assessment_check (a, &error));
  g_assert_no_error (error);
  g_assert_true (bs_assessment_save (a, path, &error));
  g_assert_no_error (error);

  b = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  assert_same (a, b);

  remove_tmpdir (dir);
}

static void
test_round_trip_edge_values (void)
{
  static const char * const dates[] = { "0001-01-01", "9999-12-31", "2024-02-29" };

  for (guint i = 0; i < G_N_ELEMENTS (edge_texts); i++)
    {
      g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
      const char *title;

      fill_everything (a, edge_texts[i], dates[i % G_N_ELEMENTS (dates)]);

      /* What the model holds is clean, whatever it was given. */
      title = bs_assessment_get_title (a);
      g_assert_true (bs_text_is_clean (title));
      g_assert_null (strchr (title, '\v'));
      g_assert_null (strchr (title, '\r'));

      save_and_reload (a);
    }
}

/* The longest text the model can save, made of the characters that grow
 * most when written (“&” becomes “&amp;”), in an element and in an
 * attribute, and with a multi-byte character ending exactly at the limit. */
static void
test_round_trip_longest_texts (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  g_autofree char *amps = g_malloc (BS_TEXT_MAX_LENGTH + 1);
  g_autofree char *quotes = g_malloc (BS_TEXT_MAX_LENGTH + 1);
  g_autoptr(GString) multibyte = g_string_new (NULL);
  const char *statement = statement_of_level (bs_framework_get_default (), "course", 0);
  BsAnswer *answer = bs_assessment_get_answer (a, statement);

  memset (amps, '&', BS_TEXT_MAX_LENGTH);
  amps[BS_TEXT_MAX_LENGTH] = '\0';
  memset (quotes, '"', BS_TEXT_MAX_LENGTH);
  quotes[BS_TEXT_MAX_LENGTH] = '\0';
  while (multibyte->len + 4 <= BS_TEXT_MAX_LENGTH)
    g_string_append (multibyte, "🎓");
  g_assert_cmpuint (multibyte->len, ==, BS_TEXT_MAX_LENGTH);

  bs_assessment_set_title (a, "Longest texts");
  bs_answer_set_note (answer, amps);
  bs_answer_set_evidence (answer, multibyte->str);
  bs_assessment_add_participant (a, "Someone", quotes);
  g_assert_cmpuint (strlen (bs_answer_get_note (answer)), ==, BS_TEXT_MAX_LENGTH);

  {
    g_autofree char *dir = bs_test_make_tmpdir ();
    g_autofree char *path = g_build_filename (dir, "longest.blendscan", NULL);
    g_autoptr(BsAssessment) b = NULL;
    g_autoptr(BsParticipant) p = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (bs_assessment_save (a, path, &error));
    g_assert_no_error (error);
    b = bs_assessment_load (path, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (bs_answer_get_note (bs_assessment_lookup_answer (b, statement)), ==, amps);
    g_assert_cmpstr (bs_answer_get_evidence (bs_assessment_lookup_answer (b, statement)), ==, multibyte->str);
    p = g_list_model_get_item (bs_assessment_get_participants (b), 0);
    g_assert_cmpstr (bs_participant_get_role (p), ==, quotes);
    remove_tmpdir (dir);
  }
}

/* A file of more than 10,000,000 bytes (libxml2's default limit on what it
 * looks at in one go) made of texts within the limit saves and opens. */
static void
test_round_trip_large_file (void)
{
  BsFramework *framework = bs_framework_get_default ();
  g_autoptr(BsAssessment) a = bs_assessment_new (framework);
  g_autoptr(BsAssessment) b = NULL;
  g_autoptr(GString) prose = g_string_new (NULL);
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "large.blendscan", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  while (prose->len + 40 <= BS_TEXT_MAX_LENGTH)
    g_string_append (prose, "Een lange toelichting, zin na zin. ");

  for (guint i = 0; i < 12; i++)
    bs_answer_set_note (bs_assessment_get_answer (a, statement_of_level (framework, "course", i)), prose->str);

  g_assert_true (bs_assessment_save (a, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 12 * 1000 * 1000);

  b = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 12; i++)
    g_assert_cmpstr (bs_answer_get_note (bs_assessment_lookup_answer (b, statement_of_level (framework, "course", i))), ==, prose->str);

  remove_tmpdir (dir);
}

/* One byte over the limit: saving refuses before it writes, says which text,
 * and the file on disk keeps its bytes. */
static void
test_save_refuses_too_long_text (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "long.blendscan", NULL);
  g_autofree char *text = g_malloc (BS_TEXT_MAX_LENGTH + 2);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const char *statement = statement_of_level (bs_framework_get_default (), "course", 1);

  g_assert_true (g_file_set_contents (path, "old bytes", -1, NULL));
  memset (text, 'x', BS_TEXT_MAX_LENGTH + 1);
  text[BS_TEXT_MAX_LENGTH + 1] = '\0';
  bs_answer_set_note (bs_assessment_get_answer (a, statement), text);

  g_assert_false (bs_assessment_check (a, NULL));
  g_assert_false (bs_assessment_save (a, path, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "long.blendscan"));
  g_assert_nonnull (strstr (error->message, statement));
  g_assert_nonnull (strstr (error->message, "not changed"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old bytes");

  remove_tmpdir (dir);
}

/* Texts each within the limit that together make a file larger than the
 * loader reads: refused before writing, nothing written. */
static void
test_save_refuses_too_large_file (void)
{
  BsFramework *framework = bs_framework_get_default ();
  g_autoptr(BsAssessment) a = bs_assessment_new (framework);
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "large.blendscan", NULL);
  g_autofree char *amps = g_malloc (BS_TEXT_MAX_LENGTH + 1);
  g_autoptr(GError) error = NULL;

  memset (amps, '&', BS_TEXT_MAX_LENGTH);
  amps[BS_TEXT_MAX_LENGTH] = '\0';
  /* 4 × 1 MiB × 5 bytes per "&amp;" = 20 MiB. */
  for (guint i = 0; i < 4; i++)
    bs_answer_set_note (bs_assessment_get_answer (a, statement_of_level (framework, "course", i)), amps);

  g_assert_true (bs_assessment_check (a, NULL));
  g_assert_false (bs_assessment_save (a, path, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "large.blendscan"));
  g_assert_nonnull (strstr (error->message, "at most"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_tmpdir (dir);
}

/* Earlier versions wrote pasted control characters as they were; such a
 * file (and such a recovery copy) opens, with the characters cleaned. */
static void
test_old_file_with_control_characters (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.blendscan", NULL);
  g_autoptr(BsAssessment) a = NULL;
  g_autoptr(GError) error = NULL;
  const char *data =
    HEAD
    "  <answers>\n"
    "    <answer statement=\"course.flexibility.1\" value=\"2\"><note>soft\vbreak, bell\a, esc\x1b, ff\f, nonchar\xef\xbf\xbe.</note></answer>\n"
    "  </answers>\n"
    TAIL;

  g_assert_true (g_file_set_contents (path, data, -1, &error));
  a = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_answer_get_note (bs_assessment_lookup_answer (a, "course.flexibility.1")), ==,
                   "soft\nbreak, bell, esc, ff\n, nonchar.");

  remove_tmpdir (dir);
}

static void
test_too_long_text_refused_on_load (void)
{
  GString *s = g_string_new (HEAD "  <answers>\n    <answer statement=\"course.flexibility.1\" value=\"2\"><note>");
  g_autofree char *data = NULL;

  /* Each "a&amp;b c " is six bytes of text once read. */
  for (guint i = 0; i < BS_TEXT_MAX_LENGTH / 6 + 1; i++)
    g_string_append (s, "a&amp;b c ");
  g_string_append (s, "</note></answer>\n  </answers>\n" TAIL);
  data = g_string_free (s, FALSE);

  assert_refused_string ("longnote.blendscan", data, BS_FORMAT_ERROR_TOO_LARGE,
                         "line 7: the text of <note> is too long");
}

/* A text far beyond libxml2's own limit is "too long", never "damaged". */
static void
test_huge_text_is_not_damage (void)
{
  GString *s = g_string_new (HEAD "  <institution>");
  g_autofree char *data = NULL;

  while (s->len < 15 * 1024 * 1024)
    g_string_append (s, "lorem ipsum ");
  g_string_append (s, "</institution>\n" TAIL);
  data = g_string_free (s, FALSE);

  assert_refused_string ("huge-text.blendscan", data, BS_FORMAT_ERROR_TOO_LARGE, "line 6: the text of <institution> is too long");
}

static char *
repeat (const char *head,
        const char *item,
        guint       n,
        const char *tail)
{
  GString *s = g_string_new (head);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, item, i, i);
#pragma GCC diagnostic pop
  g_string_append (s, tail);

  return g_string_free (s, FALSE);
}

/* Small files that used to take minutes and gigabytes in the parser and
 * the validator are refused by counting, before libxml2 sees them. */
static void
test_hostile_counts (void)
{
  g_autofree char *attributes = repeat (HEAD "<blend-profile><activity", " a%u=\"%u\"", 20000, "/></blend-profile>\n" TAIL);
  g_autofree char *namespaces = repeat (HEAD "<blend-profile><activity", " xmlns:p%u=\"urn:%u\"", 200000, "/></blend-profile>\n" TAIL);
  g_autofree char *elements = repeat (HEAD "<blend-profile>", "<activity/>", 120000, "</blend-profile>\n" TAIL);
  g_autofree char *comments = repeat (HEAD, "<!---->", 12 * 1024 * 1024 / 7, TAIL);
  g_autofree char *spread = repeat (HEAD "<blend-profile>", "<activity a=\"1\" b=\"2\" c=\"3\"/>", 80000, "</blend-profile>\n" TAIL);
  g_autofree char *empty = repeat (HEAD "<blend-profile>", "<x/>", 80000, "</blend-profile>\n" TAIL);

  assert_refused_string ("attributes.blendscan", attributes, BS_FORMAT_ERROR_TOO_COMPLEX, "line 6: an element has more than 64 attributes");
  assert_refused_string ("namespaces.blendscan", namespaces, BS_FORMAT_ERROR_TOO_COMPLEX, "namespaces");
  assert_refused_string ("elements.blendscan", elements, BS_FORMAT_ERROR_TOO_COMPLEX, "elements");
  assert_refused_string ("comments.blendscan", comments, BS_FORMAT_ERROR_TOO_COMPLEX, "comments");
  assert_refused_string ("spread.blendscan", spread, BS_FORMAT_ERROR_TOO_COMPLEX, "attributes");
  /* Within the counts, but not the reserved elements' shape. */
  assert_refused_string ("reserved.blendscan", empty, BS_FORMAT_ERROR_SCHEMA, "<x>");
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

/* The depth of a tree is found in one walk: a chain far deeper than any
 * parser builds takes no longer than its length (the recursive version
 * doubled its work per level and gave up at 33). */
static void
test_tree_depth_is_linear (void)
{
  g_autoptr(xmlDoc) doc = xmlNewDoc ((const xmlChar *) "1.0");
  xmlNode *node = xmlNewDocNode (doc, NULL, (const xmlChar *) "a", NULL);
  xmlNode *wide;

  xmlDocSetRootElement (doc, node);
  wide = xmlNewChild (node, NULL, (const xmlChar *) "w", NULL);
  for (guint i = 0; i < 30; i++)
    xmlNewChild (wide, NULL, (const xmlChar *) "x", NULL);
  for (guint i = 1; i < 10000; i++)
    node = xmlNewChild (node, NULL, (const xmlChar *) "a", NULL);

  g_assert_cmpint (_bs_xml_tree_depth (xmlDocGetRootElement (doc)), ==, 10000);
  g_assert_cmpint (_bs_xml_tree_depth (NULL), ==, 0);
}

static void
test_deep_nesting (void)
{
  for (guint depth = 30; depth <= 40; depth++)
    {
      g_autofree char *data = nested (depth);
      g_autofree char *name = g_strdup_printf ("deep%u.blendscan", depth);

      assert_refused_string (name, data,
                             depth + 1 > BS_XML_MAX_DEPTH ? BS_FORMAT_ERROR_TOO_DEEP : BS_FORMAT_ERROR_SCHEMA,
                             NULL);
    }
}

/* A file whose size reads 0 but never ends is read only up to the limit. */
static void
test_endless_file (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "pagemap.blendscan", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = NULL;
  GStatBuf st;
  int fd;

  fd = g_open ("/proc/self/pagemap", O_RDONLY, 0);
  if (fd < 0 || g_stat ("/proc/self/pagemap", &st) != 0 || st.st_size != 0)
    {
      if (fd >= 0)
        close (fd);
      remove_tmpdir (dir);
      g_test_skip ("/proc/self/pagemap cannot be read here");
      return;
    }
  close (fd);

  g_assert_cmpint (symlink ("/proc/self/pagemap", path), ==, 0);
  a = bs_assessment_load (path, NULL, &error);
  g_assert_null (a);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "pagemap.blendscan"));

  remove_tmpdir (dir);
}

static void
test_foreign_files (void)
{
  static const char pdf[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
  static const char zip[] = "PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00";

  assert_refused ("report.blendscan", pdf, sizeof pdf - 1, BS_FORMAT_ERROR_WRONG_KIND, "is not a Blendscan file: it is a PDF document");
  assert_refused ("notes.docx", zip, sizeof zip - 1, BS_FORMAT_ERROR_WRONG_KIND, "is not a Blendscan file: it is a ZIP archive");
  assert_refused_string ("page.html", "<!DOCTYPE html>\n<html><body><p>Hi</body></html>\n",
                         BS_FORMAT_ERROR_WRONG_KIND, "is not a Blendscan file: it is a web page");
  assert_refused_string ("page2.html", "\xef\xbb\xbf  <HTML lang=\"nl\"><body>Hoi</body></HTML>\n",
                         BS_FORMAT_ERROR_WRONG_KIND, "web page");
  assert_refused_string ("notes.txt", "Notes of the meeting\nEveryone agreed.\n",
                         BS_FORMAT_ERROR_WRONG_KIND, "is not a Blendscan file: it is plain text");
  assert_refused_string ("formula.txt", "a < b, so the file has a “<” but is text\n",
                         BS_FORMAT_ERROR_WRONG_KIND, "is not a Blendscan file");
}

/* Whatever the file holds, a message is one line and quotes its values
 * with control characters escaped: a crafted value cannot print a line
 * that looks like another message. */
static void
test_messages_are_one_line (void)
{
  assert_refused_string ("crafted.blendscan",
                         HEAD "  <answers>\n    <answer statement=\"course.flexibility.1\" value=\"1&#10;“other.blendscan” is valid\"/>\n  </answers>\n" TAIL,
                         BS_FORMAT_ERROR_SCHEMA, "\\n“other.blendscan” is valid");
  assert_refused_string ("mismatch.blendscan", HEAD "  <unit>x</institution>\n" TAIL,
                         BS_FORMAT_ERROR_MALFORMED, "line 6: the file is damaged: the element <unit> opened on line 6 is closed as <institution>");
  assert_refused_string ("ampersand.blendscan", HEAD "  <institution>R & D</institution>\n" TAIL,
                         BS_FORMAT_ERROR_MALFORMED, "line 6: the file is damaged: it has an “&” that is not written as “&amp;”");
  assert_refused_string ("charref.blendscan", HEAD "  <institution>a&#11;b</institution>\n" TAIL,
                         BS_FORMAT_ERROR_ENCODING, "line 6");
}

static void
test_framework_without_dimensions (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "framework-no-dimensions.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = bs_framework_new_from_file (path, &error);

  g_assert_null (framework);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_SCHEMA);
  g_assert_null (strstr (error->message, "got nothing"));
  g_assert_null (strstr (error->message, " , "));
  g_assert_nonnull (strstr (error->message, "<level>"));
  g_test_message ("%s", error->message);
}

/* An answer for a level the assessment does not include counts nowhere:
 * refused on load, and never written. */
static void
test_answers_of_levels_not_included (void)
{
  BsFramework *framework = bs_framework_get_default ();
  const char *programme = statement_of_level (framework, "programme", 0);
  g_autofree char *data = g_strdup_printf (HEAD "  <answers>\n    <answer statement=\"%s\" value=\"2\"/>\n  </answers>\n" TAIL, programme);
  g_autofree char *notes = g_strdup_printf (HEAD "  <dimensions>\n    <dimension level=\"programme\" id=\"%s\"><summary>x</summary></dimension>\n  </dimensions>\n" TAIL,
                                            bs_statement_get_dimension_id (bs_framework_lookup_statement (framework, programme)));
  g_autoptr(BsAssessment) a = bs_assessment_new (framework);
  g_autoptr(BsAssessment) b = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char * const course_only[] = { "course", NULL };

  assert_refused_string ("other-level.blendscan", data, BS_FORMAT_ERROR_INVALID_VALUE, "line 7: statement");
  assert_refused_string ("other-level-notes.blendscan", notes, BS_FORMAT_ERROR_INVALID_VALUE, "“programme”");

  /* Unticking a level keeps its answers while the assessment is open, but
   * what is saved opens again. */
  bs_assessment_set_value (a, programme, 3);
  bs_dimension_notes_set_summary (bs_assessment_get_dimension_notes (a, "programme",
                                                                     bs_statement_get_dimension_id (bs_framework_lookup_statement (framework, programme))),
                                  "summary");
  bs_assessment_set_levels (a, course_only);
  bytes = bs_assessment_to_bytes (a);
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), programme));
  b = bs_assessment_load_from_bytes (bytes, "unticked.blendscan", framework, &error);
  g_assert_no_error (error);
  g_assert_nonnull (b);
  g_assert_cmpint (bs_answer_get_value (bs_assessment_lookup_answer (a, programme)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/text/clean", test_text_clean);
  g_test_add_func ("/limits/text/quote", test_text_quote);
  g_test_add_func ("/limits/date/rule", test_date_rule);
  g_test_add_func ("/limits/date/setters-refuse", test_date_setters_refuse);
  g_test_add_func ("/limits/date/refused-on-load", test_dates_refused_on_load);
  g_test_add_func ("/limits/round-trip/edge-values", test_round_trip_edge_values);
  g_test_add_func ("/limits/round-trip/longest-texts", test_round_trip_longest_texts);
  g_test_add_func ("/limits/round-trip/large-file", test_round_trip_large_file);
  g_test_add_func ("/limits/save/refuses-too-long-text", test_save_refuses_too_long_text);
  g_test_add_func ("/limits/save/refuses-too-large-file", test_save_refuses_too_large_file);
  g_test_add_func ("/limits/load/old-control-characters", test_old_file_with_control_characters);
  g_test_add_func ("/limits/load/too-long-text", test_too_long_text_refused_on_load);
  g_test_add_func ("/limits/load/huge-text-is-not-damage", test_huge_text_is_not_damage);
  g_test_add_func ("/limits/load/answers-of-levels-not-included", test_answers_of_levels_not_included);
  g_test_add_func ("/limits/hostile/counts", test_hostile_counts);
  g_test_add_func ("/limits/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/limits/hostile/tree-depth-linear", test_tree_depth_is_linear);
  g_test_add_func ("/limits/hostile/endless-file", test_endless_file);
  g_test_add_func ("/limits/messages/foreign-files", test_foreign_files);
  g_test_add_func ("/limits/messages/one-line", test_messages_are_one_line);
  g_test_add_func ("/limits/messages/framework-without-dimensions", test_framework_without_dimensions);

  return g_test_run ();
}
