/* test-team.c: team assessments: the file format, merging, blank questionnaires, scores and statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-test-common.h"

static const char * const programme[] = { "programme", NULL };

static BsAssessment *
new_programme_assessment (void)
{
  BsAssessment *a = bs_assessment_new (bs_framework_get_default ());

  bs_assessment_set_title (a, "Teamzelfevaluatie");
  bs_assessment_set_unit (a, "Bachelor Testkunde");
  bs_assessment_set_unit_level (a, "programme");
  bs_assessment_set_levels (a, programme);
  return a;
}

static GPtrArray *
programme_statements (void)
{
  BsLevel *level = bs_framework_lookup_level (bs_framework_get_default (), "programme");
  GListModel *dims = bs_level_get_dimensions (level);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (dims); i++)
    {
      g_autoptr(BsDimension) dim = g_list_model_get_item (dims, i);
      GListModel *statements = bs_dimension_get_statements (dim);

      for (guint j = 0; j < g_list_model_get_n_items (statements); j++)
        {
          g_autoptr(BsStatement) s = g_list_model_get_item (statements, j);

          g_ptr_array_add (ids, g_strdup (bs_statement_get_id (s)));
        }
    }

  return ids;
}

/* A team of @n respondents in every role, with every kind of answer. */
static BsAssessment *
make_team (guint n)
{
  BsAssessment *a = new_programme_assessment ();
  BsTeam *team = bs_assessment_get_team (a);
  g_autoptr(GPtrArray) ids = programme_statements ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GListModel *roles = bs_framework_get_roles (bs_framework_get_default ());

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (roles, i % g_list_model_get_n_items (roles));
      g_autofree char *id = g_strdup_printf ("r%03u", i);
      g_autofree char *name = g_strdup_printf ("Respondent <%u> & “Zoë”", i);
      g_autoptr(BsRespondent) r = bs_respondent_new (id, i % 7 == 3 ? NULL : name, bs_role_get_id (role));
      g_autoptr(GError) error = NULL;

      for (guint k = 0; k < ids->len; k++)
        {
          int v = g_rand_int_range (rand, -2, 5);

          if (v == 0)
            continue;
          bs_respondent_set_value (r, g_ptr_array_index (ids, k), v);
          if (g_rand_int_range (rand, 0, 10) == 0)
            bs_answer_set_note (bs_respondent_get_answer (r, g_ptr_array_index (ids, k)),
                                "Een toelichting\nover twee regels.");
        }

      g_assert_true (bs_team_add_respondent (team, r, &error));
      g_assert_no_error (error);
    }

  bs_team_set_agreed_value (team, "programme.flexibility.1", 3);
  bs_agreed_answer_set_rationale (bs_team_get_agreed (team, "programme.flexibility.1"), "Besproken op 12 maart.");
  bs_agreed_answer_set_dissent (bs_team_get_agreed (team, "programme.flexibility.1"), "De studenten zien 2.");
  bs_team_set_agreed_value (team, "programme.experience.2", BS_VALUE_NOT_APPLICABLE);
  /* A rationale before the team decided. */
  bs_agreed_answer_set_rationale (bs_team_get_agreed (team, "programme.experience.3"), "Volgende keer.");

  return a;
}

/* Saving, loading and saving a team of 200 gives the same bytes. */
static void
test_round_trip (void)
{
  g_autoptr(BsAssessment) a = make_team (200);
  g_autoptr(GBytes) first = bs_assessment_to_bytes (a);
  g_autoptr(BsAssessment) b = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "team.blendscan", NULL);
  g_autoptr(BsAssessment) c = NULL;
  g_autoptr(GBytes) third = NULL;
  BsTeam *team;
  BsRespondent *r;

  g_assert_nonnull (g_strstr_len (g_bytes_get_data (first, NULL), -1, "format=\"2\""));

  b = bs_assessment_load_from_bytes (first, "team.blendscan", NULL, &error);
  g_assert_no_error (error);
  second = bs_assessment_to_bytes (b);
  g_assert_true (g_bytes_equal (first, second));

  team = bs_assessment_get_team (b);
  g_assert_true (bs_assessment_is_team (b));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, 200);
  r = bs_team_lookup_respondent (team, "r007");
  g_assert_nonnull (r);
  g_assert_cmpstr (bs_respondent_get_name (r), ==, "Respondent <7> & “Zoë”");
  g_assert_cmpstr (bs_respondent_get_role (r), ==, BS_ROLE_STUDENT);
  g_assert_null (bs_respondent_get_name (bs_team_lookup_respondent (team, "r003")));
  g_assert_cmpint (bs_agreed_answer_get_value (bs_team_lookup_agreed (team, "programme.flexibility.1")), ==, 3);
  g_assert_cmpstr (bs_agreed_answer_get_dissent (bs_team_lookup_agreed (team, "programme.flexibility.1")), ==, "De studenten zien 2.");
  g_assert_cmpint (bs_agreed_answer_get_value (bs_team_lookup_agreed (team, "programme.experience.2")), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_false (bs_agreed_answer_is_set (bs_team_lookup_agreed (team, "programme.experience.3")));
  g_assert_cmpuint (bs_team_get_n_agreed (team), ==, 2);

  /* Through a real file too: save, load, save writes nothing new. */
  g_assert_true (bs_assessment_save (b, path, &error));
  g_assert_no_error (error);
  c = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  third = bs_assessment_to_bytes (c);
  g_assert_true (g_bytes_equal (first, third));
}

/* Files without team data are written as format 1, as before; so are the
 * shipped examples (checked byte for byte in test-assessment). */
static void
test_single_stays_format_1 (void)
{
  g_autoptr(BsAssessment) a = new_programme_assessment ();
  g_autoptr(GBytes) bytes = NULL;
  const char *data;

  bs_assessment_set_value (a, "programme.flexibility.1", 2);
  /* An agreed answer that is empty is no team data. */
  bs_team_get_agreed (bs_assessment_get_team (a), "programme.flexibility.2");
  bytes = bs_assessment_to_bytes (a);
  data = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (data, "format=\"1\""));
  g_assert_null (strstr (data, "<team"));
  g_assert_null (strstr (data, "<respondent"));
  g_assert_false (bs_assessment_is_team (a));
}

/* The draft <team> of format 1 still opens: an empty one is written back
 * as it was, a respondent without id or role gets one. */
static void
test_format_1_draft (void)
{
  const char empty[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">\n"
    "  <framework id=\"blendscan-embed\" version=\"1.0\"/>\n"
    "  <title>Draft</title>\n"
    "  <levels>\n"
    "    <level id=\"course\"/>\n"
    "  </levels>\n"
    "  <team/>\n"
    "</assessment>\n";
  const char draft[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\">\n"
    "  <framework id=\"blendscan-embed\" version=\"1.0\"/>\n"
    "  <title>Draft</title>\n"
    "  <levels><level id=\"course\"/></levels>\n"
    "  <team><respondent name=\"Anne\"><answer statement=\"course.flexibility.1\" value=\"2\"/></respondent></team>\n"
    "</assessment>\n";
  g_autoptr(GBytes) in = g_bytes_new_static (empty, sizeof empty - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load_from_bytes (in, "empty.blendscan", NULL, &error);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) in2 = g_bytes_new_static (draft, sizeof draft - 1);
  g_autoptr(BsAssessment) b = NULL;
  BsRespondent *r;

  g_assert_no_error (error);
  out = bs_assessment_to_bytes (a);
  g_assert_true (g_bytes_equal (in, out));

  b = bs_assessment_load_from_bytes (in2, "draft.blendscan", NULL, &error);
  g_assert_no_error (error);
  r = bs_team_lookup_respondent (bs_assessment_get_team (b), "respondent-1");
  g_assert_nonnull (r);
  g_assert_cmpstr (bs_respondent_get_role (r), ==, BS_ROLE_OTHER);
  g_assert_cmpint (bs_respondent_get_value (r, "course.flexibility.1"), ==, 2);
}

typedef struct
{
  const char *name;
  int         code;
  const char *message;
} BadFile;

static void
test_bad_fixture (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = bs_test_fixture_path (bad->name);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);

  g_assert_null (a);
  g_assert_error (error, BS_FORMAT_ERROR, bad->code);
  if (strstr (error->message, bad->message) == NULL || strstr (error->message, bad->name) == NULL)
    g_error ("%s: unexpected message: %s", bad->name, error->message);
}

static char *
save_to (BsAssessment *a,
         const char   *dir,
         const char   *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (bs_assessment_save (a, path, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* Hand out, fill in, merge; merge a late respondent; refusals change nothing. */
static void
test_merge (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autoptr(BsAssessment) team = new_programme_assessment ();
  g_autoptr(BsAssessment) anne = bs_assessment_new_blank_respondent (team, NULL, "Anne de Vries", BS_ROLE_TEACHER);
  g_autoptr(BsAssessment) bram = bs_assessment_new_blank_respondent (team, "bram", "Bram", BS_ROLE_STUDENT);
  g_autoptr(BsAssessment) late = bs_assessment_new_blank_respondent (team, NULL, "Chris", BS_ROLE_SUPPORT_STAFF);
  g_autoptr(BsAssessment) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *anne_path = NULL;
  g_autofree char *bram_path = NULL;
  g_autofree char *late_path = NULL;
  g_autofree char *team_path = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(BsAction) action = bs_action_new ();
  BsRespondent *r;

  g_assert_true (bs_assessment_is_respondent_file (anne));
  g_assert_cmpstr (bs_assessment_get_respondent_role (anne), ==, BS_ROLE_TEACHER);
  g_assert_cmpstr (bs_assessment_get_unit (anne), ==, "Bachelor Testkunde");
  g_assert_cmpstr (bs_assessment_get_respondent_id (bram), ==, "bram");
  g_assert_true (g_str_has_prefix (bs_assessment_get_respondent_id (anne), "r-"));
  g_assert_true (bs_assessment_includes_level (anne, "programme"));
  g_assert_false (bs_assessment_includes_level (anne, "course"));

  bs_assessment_set_value (anne, "programme.flexibility.1", 4);
  bs_answer_set_note (bs_assessment_get_answer (anne, "programme.flexibility.1"), "Veel keuze.");
  bs_assessment_set_value (bram, "programme.flexibility.1", 2);
  bs_assessment_set_value (bram, "programme.flexibility.2", BS_VALUE_UNKNOWN);
  bs_assessment_set_value (late, "programme.flexibility.1", 3);

  anne_path = save_to (anne, dir, "anne.blendscan");
  bram_path = save_to (bram, dir, "bram.blendscan");
  late_path = save_to (late, dir, "late.blendscan");

  /* A respondent's file says whose it is, and opens again as such. */
  reloaded = bs_assessment_load (anne_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_assessment_get_respondent_name (reloaded), ==, "Anne de Vries");
  g_clear_object (&reloaded);

  {
    const char *paths[] = { anne_path, bram_path, NULL };

    g_assert_true (bs_team_merge_files (team, paths, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 2);

  /* The team agrees, plans an action, saves; then a late respondent. */
  bs_team_set_agreed_value (bs_assessment_get_team (team), "programme.flexibility.1", 3);
  bs_action_set_description (action, "Keuzeruimte uitbreiden");
  bs_assessment_add_action (team, action);
  team_path = save_to (team, dir, "team.blendscan");
  g_clear_object (&team);
  team = bs_assessment_load (team_path, NULL, &error);
  g_assert_no_error (error);

  /* The same questionnaires again: nothing changes. */
  before = bs_assessment_to_bytes (team);
  {
    const char *paths[] = { late_path, bram_path, NULL };

    g_assert_false (bs_team_merge_files (team, paths, &error));
    g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE);
    g_assert_nonnull (strstr (error->message, "bram.blendscan"));
    g_clear_error (&error);
  }
  after = bs_assessment_to_bytes (team);
  g_assert_true (g_bytes_equal (before, after));

  {
    const char *paths[] = { late_path, NULL };

    g_assert_true (bs_team_merge_files (team, paths, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 3);
  g_assert_cmpint (bs_agreed_answer_get_value (bs_team_lookup_agreed (bs_assessment_get_team (team), "programme.flexibility.1")), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_actions (team)), ==, 1);

  r = bs_team_find_respondent (bs_assessment_get_team (team), "ANNE DE VRIES", BS_ROLE_TEACHER);
  g_assert_nonnull (r);
  g_assert_cmpint (bs_respondent_get_value (r, "programme.flexibility.1"), ==, 4);
  g_assert_cmpstr (bs_answer_get_note (bs_respondent_lookup_answer (r, "programme.flexibility.1")), ==, "Veel keuze.");
  r = bs_team_lookup_respondent (bs_assessment_get_team (team), "bram");
  g_assert_cmpint (bs_respondent_get_value (r, "programme.flexibility.2"), ==, BS_VALUE_UNKNOWN);
}

static void
assert_merge_refused (BsAssessment *team,
                      BsAssessment *file,
                      int           code,
                      const char   *message)
{
  g_autoptr(GError) error = NULL;
  const char *name = "vragenlijst.blendscan";
  guint n = bs_team_get_n_respondents (bs_assessment_get_team (team));

  g_assert_false (bs_team_merge (team, &file, &name, 1, &error));
  g_assert_error (error, BS_FORMAT_ERROR, code);
  if (strstr (error->message, message) == NULL || strstr (error->message, "“vragenlijst.blendscan”") == NULL)
    g_error ("unexpected message: %s", error->message);
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, n);
}

static void
test_merge_refusals (void)
{
  g_autoptr(BsAssessment) team = make_team (3);
  g_autoptr(BsAssessment) other_unit = bs_assessment_new_blank_respondent (team, NULL, "X", NULL);
  g_autoptr(BsAssessment) same_person = bs_assessment_new_blank_respondent (team, NULL, "Respondent <0> & “Zoë”", BS_ROLE_TEACHER);
  g_autoptr(BsAssessment) same_id = bs_assessment_new_blank_respondent (team, "r001", "Iemand anders", NULL);
  g_autoptr(BsAssessment) other_level = bs_assessment_new_blank_respondent (team, NULL, "Y", NULL);
  const char *both[] = { "course", "programme", NULL };
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) twice_a = bs_assessment_new_blank_respondent (team, "twice", "A", NULL);
  g_autoptr(BsAssessment) twice_b = bs_assessment_new_blank_respondent (team, "twice", "B", NULL);

  bs_assessment_set_unit (other_unit, "Bachelor Anders");
  assert_merge_refused (team, other_unit, BS_FORMAT_ERROR_INVALID_VALUE, "is about “Bachelor Anders” (programme)");
  assert_merge_refused (team, same_person, BS_FORMAT_ERROR_DUPLICATE, "is already in the team");
  assert_merge_refused (team, same_id, BS_FORMAT_ERROR_DUPLICATE, "“r001” is already in the team");
  assert_merge_refused (team, team, BS_FORMAT_ERROR_INVALID_VALUE, "is a team assessment");

  bs_assessment_set_levels (other_level, both);
  bs_assessment_set_value (other_level, "course.flexibility.1", 2);
  assert_merge_refused (team, other_level, BS_FORMAT_ERROR_INVALID_VALUE, "the level “course”");

  /* Two in one batch with the same id: neither is added. */
  {
    BsAssessment *files[] = { twice_a, twice_b };
    const char *names[] = { "a.blendscan", "b.blendscan" };

    g_assert_false (bs_team_merge (team, files, names, 2, &error));
    g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE);
    g_assert_nonnull (strstr (error->message, "“b.blendscan”"));
    g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 3);
    g_clear_error (&error);
  }

  /* Another framework version, as the file says it. */
  {
    g_autoptr(BsAssessment) blank = bs_assessment_new_blank_respondent (team, NULL, "Z", NULL);
    g_autoptr(GBytes) bytes = NULL;
    g_autofree char *text = NULL;
    g_auto(GStrv) parts = NULL;
    g_autofree char *version = g_strdup_printf ("version=\"%s\"/>", bs_assessment_get_framework_version (team));

    bytes = bs_assessment_to_bytes (blank);
    parts = g_strsplit (g_bytes_get_data (bytes, NULL), version, 2);
    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    text = g_strjoin ("version=\"0.9\"/>", parts[0], parts[1], NULL);
    path = g_build_filename (dir, "oud.blendscan", NULL);
    g_assert_true (g_file_set_contents (path, text, -1, NULL));

    {
      const char *paths[] = { path, NULL };

      g_assert_false (bs_team_merge_files (team, paths, &error));
      g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, "oud.blendscan” was made with version 0.9"));
      g_clear_error (&error);
    }
  }

  /* A value outside the scale: the file is refused when it loads. */
  {
    const char *paths[] = { NULL, NULL };
    g_autofree char *bad = bs_test_fixture_path ("out-of-range.blendscan");

    paths[0] = bad;
    g_assert_false (bs_team_merge_files (team, paths, &error));
    g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_OUT_OF_RANGE);
    g_assert_nonnull (strstr (error->message, "out-of-range.blendscan"));
    g_clear_error (&error);
  }
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 3);
}

/* One person's assessment scores exactly as before; a team's uses the
 * agreed answer where set and the respondents' mean otherwise. */
static void
test_scores (void)
{
  g_autoptr(BsAssessment) a = new_programme_assessment ();
  BsTeam *team = bs_assessment_get_team (a);
  BsDimension *dim = bs_framework_lookup_dimension (bs_framework_get_default (), "programme", "flexibility");
  g_autoptr(BsRespondent) r1 = bs_respondent_new ("r1", "Anne", BS_ROLE_TEACHER);
  g_autoptr(BsRespondent) r2 = bs_respondent_new ("r2", "Bram", BS_ROLE_STUDENT);
  g_autoptr(BsRespondent) r3 = bs_respondent_new ("r3", "Chris", BS_ROLE_STUDENT);
  BsStatementScore s;
  BsScore d;

  bs_assessment_set_value (a, "programme.flexibility.1", 4);
  bs_assessment_set_value (a, "programme.flexibility.2", 1);
  bs_assessment_set_value (a, "programme.flexibility.3", BS_VALUE_NOT_APPLICABLE);
  bs_score_statement (a, "programme.flexibility.1", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_OWN);
  g_assert_cmpfloat (s.score, ==, 4);
  bs_score_dimension (a, dim, &d);
  g_assert_cmpfloat (d.score, ==, 2.5);
  g_assert_cmpuint (d.answered, ==, 3);
  g_assert_cmpuint (d.from_agreed, ==, 0);

  /* statement 1: 1, 2, 4 → mean 7/3; statement 2: N/A, ?, 3 → 3;
   * statement 3: only N/A → answered, no score; statement 4: none → own
   * answer (none) → unanswered. */
  bs_respondent_set_value (r1, "programme.flexibility.1", 1);
  bs_respondent_set_value (r2, "programme.flexibility.1", 2);
  bs_respondent_set_value (r3, "programme.flexibility.1", 4);
  bs_respondent_set_value (r1, "programme.flexibility.2", BS_VALUE_NOT_APPLICABLE);
  bs_respondent_set_value (r2, "programme.flexibility.2", BS_VALUE_UNKNOWN);
  bs_respondent_set_value (r3, "programme.flexibility.2", 3);
  bs_respondent_set_value (r1, "programme.flexibility.4", BS_VALUE_NOT_APPLICABLE);
  g_assert_true (bs_team_add_respondent (team, r1, NULL));
  g_assert_true (bs_team_add_respondent (team, r2, NULL));
  g_assert_true (bs_team_add_respondent (team, r3, NULL));

  bs_score_statement (a, "programme.flexibility.1", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_RESPONDENTS);
  g_assert_cmpfloat_with_epsilon (s.score, 7.0 / 3, 1e-12);
  g_assert_cmpuint (s.n_scored, ==, 3);
  bs_score_statement (a, "programme.flexibility.2", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_RESPONDENTS);
  g_assert_cmpfloat (s.score, ==, 3);
  /* No respondent gave a stage: the team's own answer (N/A) counts. */
  bs_score_statement (a, "programme.flexibility.3", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_OWN);
  g_assert_false (s.has_score);
  bs_score_statement (a, "programme.flexibility.4", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_RESPONDENTS);
  g_assert_true (s.answered);
  g_assert_false (s.has_score);
  bs_score_statement (a, "programme.flexibility.5", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_NONE);

  bs_score_dimension (a, dim, &d);
  g_assert_cmpfloat_with_epsilon (d.score, (7.0 / 3 + 3) / 2, 1e-12);
  g_assert_cmpuint (d.answered, ==, 4);
  g_assert_cmpuint (d.from_respondents, ==, 3);
  /* The own N/A of statement 3 and the respondents' only N/A of statement
   * 4 are answers without a score, said apart from the two scored. */
  g_assert_cmpuint (d.not_applicable, ==, 2);
  g_assert_cmpuint (d.unknown, ==, 0);
  g_assert_cmpuint (bs_score_n_scored_statements (&d), ==, 2);
  bs_score_statement (a, "programme.flexibility.4", &s);
  g_assert_cmpint (s.value, ==, BS_VALUE_NOT_APPLICABLE);

  /* One respondent who cannot judge it makes it a team's "don't know". */
  bs_respondent_set_value (r2, "programme.flexibility.4", BS_VALUE_UNKNOWN);
  bs_score_statement (a, "programme.flexibility.4", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_RESPONDENTS);
  g_assert_cmpint (s.value, ==, BS_VALUE_UNKNOWN);
  g_assert_false (s.has_score);
  bs_score_dimension (a, dim, &d);
  g_assert_cmpuint (d.not_applicable, ==, 1);
  g_assert_cmpuint (d.unknown, ==, 1);
  bs_respondent_set_value (r2, "programme.flexibility.4", BS_VALUE_NONE);

  /* The agreed stage wins over the mean, and N/A agreed takes a
   * statement out of the score. */
  bs_team_set_agreed_value (team, "programme.flexibility.1", 2);
  bs_team_set_agreed_value (team, "programme.flexibility.2", BS_VALUE_NOT_APPLICABLE);
  bs_score_statement (a, "programme.flexibility.1", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_AGREED);
  g_assert_cmpfloat (s.score, ==, 2);
  bs_score_dimension (a, dim, &d);
  g_assert_cmpfloat (d.score, ==, 2);
  g_assert_cmpuint (d.scored, ==, 1);
  g_assert_cmpuint (d.from_agreed, ==, 2);

  /* Taking the agreement back brings the mean back. */
  bs_team_set_agreed_value (team, "programme.flexibility.1", BS_VALUE_NONE);
  bs_score_statement (a, "programme.flexibility.1", &s);
  g_assert_cmpint (s.source, ==, BS_SCORE_SOURCE_RESPONDENTS);

  /* The mean follows a respondent's change, and one who leaves. */
  bs_respondent_set_value (r3, "programme.flexibility.1", 3);
  bs_score_statement (a, "programme.flexibility.1", &s);
  g_assert_cmpfloat (s.score, ==, 2);
  bs_team_remove_respondent (team, 0);
  bs_score_statement (a, "programme.flexibility.1", &s);
  g_assert_cmpfloat (s.score, ==, 2.5);
  g_assert_cmpuint (s.n_scored, ==, 2);
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

/* The app follows the team through the assessment's ::changed. */
static void
test_changed (void)
{
  g_autoptr(BsAssessment) a = make_team (2);
  BsTeam *team = bs_assessment_get_team (a);
  BsRespondent *r = bs_team_lookup_respondent (team, "r000");
  guint count = 0;

  g_signal_connect (a, "changed", G_CALLBACK (count_cb), &count);
  bs_team_set_agreed_value (team, "programme.design-process.1", 4);
  g_assert_cmpuint (count, ==, 1);
  bs_team_set_agreed_value (team, "programme.design-process.1", 4);
  g_assert_cmpuint (count, ==, 1);
  bs_agreed_answer_set_dissent (bs_team_get_agreed (team, "programme.design-process.1"), "Niet iedereen.");
  g_assert_cmpuint (count, ==, 2);
  bs_respondent_set_value (r, "programme.design-process.1", 1);
  bs_respondent_set_value (r, "programme.design-process.1", 2);
  g_assert_cmpuint (count, ==, 4);
  bs_respondent_set_name (r, "Nieuwe naam");
  g_assert_cmpuint (count, ==, 5);
  bs_team_remove_respondent (team, 1);
  g_assert_cmpuint (count, ==, 6);
  /* The person index follows a rename. */
  g_assert_true (bs_team_find_respondent (team, "nieuwe naam", BS_ROLE_TEACHER) == r);
}


/* The team of the statistics tests (programme level):
 *
 *               T1 (teacher) T2 (teacher) S1 (student) S2 (student) S3 (student) O1 (support)
 * design.1         2            -            -            -            -            -
 * flex.1           4            3            1            2            N/A          ?
 * flex.2           3            3            3            3            3            2
 * flex.3           1            -            -            -            -            -
 */
static BsAssessment *
make_stats_team (void)
{
  BsAssessment *a = new_programme_assessment ();
  BsTeam *team = bs_assessment_get_team (a);
  static const struct { const char *id, *role; int d1, f1, f2, f3; } rows[] = {
    { "t1", BS_ROLE_TEACHER, 2, 4, 3, 1 },
    { "t2", BS_ROLE_TEACHER, 0, 3, 3, 0 },
    { "s1", BS_ROLE_STUDENT, 0, 1, 3, 0 },
    { "s2", BS_ROLE_STUDENT, 0, 2, 3, 0 },
    { "s3", BS_ROLE_STUDENT, 0, BS_VALUE_NOT_APPLICABLE, 3, 0 },
    { "o1", BS_ROLE_SUPPORT_STAFF, 0, BS_VALUE_UNKNOWN, 2, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(BsRespondent) r = bs_respondent_new (rows[i].id, rows[i].id, rows[i].role);

      if (rows[i].d1 != 0)
        bs_respondent_set_value (r, "programme.design-process.1", rows[i].d1);
      bs_respondent_set_value (r, "programme.flexibility.1", rows[i].f1);
      bs_respondent_set_value (r, "programme.flexibility.2", rows[i].f2);
      if (rows[i].f3 != 0)
        bs_respondent_set_value (r, "programme.flexibility.3", rows[i].f3);
      g_assert_true (bs_team_add_respondent (team, r, NULL));
    }

  return a;
}

#define EPS 1e-9

static void
test_stats_statements (void)
{
  g_autoptr(BsAssessment) a = make_stats_team ();
  g_autoptr(BsTeamStats) stats = bs_team_stats_new (a);
  const BsTeamStat *s;

  g_assert_cmpfloat (bs_team_stats_get_threshold (stats), ==, BS_DEFAULT_DISAGREEMENT_THRESHOLD);
  g_assert_cmpuint (bs_team_stats_get_n_respondents (stats, NULL), ==, 6);
  g_assert_cmpuint (bs_team_stats_get_n_respondents (stats, BS_ROLE_STUDENT), ==, 3);
  g_assert_cmpuint (bs_team_stats_get_n_respondents (stats, BS_ROLE_EXTERNAL), ==, 0);

  /* flex.1, everyone: 4 3 1 2 (N/A and ? apart): mean 2.5, median 2.5,
   * population SD √(5/4) = 1.118… ≥ 1: a disagreement. */
  s = bs_team_stats_statement (stats, "programme.flexibility.1", NULL);
  g_assert_cmpuint (s->n, ==, 4);
  g_assert_cmpuint (s->n_not_applicable, ==, 1);
  g_assert_cmpuint (s->n_unknown, ==, 1);
  g_assert_cmpfloat_with_epsilon (s->mean, 2.5, EPS);
  g_assert_cmpfloat_with_epsilon (s->median, 2.5, EPS);
  g_assert_cmpfloat (s->min, ==, 1);
  g_assert_cmpfloat (s->max, ==, 4);
  g_assert_cmpfloat_with_epsilon (s->sd, sqrt (5.0 / 4), EPS);
  g_assert_true (s->disagreement);

  /* Teachers 4 3; students 1 2 and an N/A; support staff only "?". */
  s = bs_team_stats_statement (stats, "programme.flexibility.1", BS_ROLE_TEACHER);
  g_assert_cmpuint (s->n, ==, 2);
  g_assert_cmpfloat_with_epsilon (s->mean, 3.5, EPS);
  g_assert_cmpfloat_with_epsilon (s->median, 3.5, EPS);
  g_assert_cmpfloat_with_epsilon (s->sd, 0.5, EPS);
  g_assert_false (s->disagreement);
  s = bs_team_stats_statement (stats, "programme.flexibility.1", BS_ROLE_STUDENT);
  g_assert_cmpuint (s->n, ==, 2);
  g_assert_cmpuint (s->n_not_applicable, ==, 1);
  g_assert_cmpfloat_with_epsilon (s->mean, 1.5, EPS);
  s = bs_team_stats_statement (stats, "programme.flexibility.1", BS_ROLE_SUPPORT_STAFF);
  g_assert_cmpuint (s->n, ==, 0);
  g_assert_cmpuint (s->n_unknown, ==, 1);
  g_assert_true (isnan (s->mean) && isnan (s->median) && isnan (s->sd));
  g_assert_false (s->disagreement);

  /* flex.2: 3 3 3 3 3 2: mean 17/6, median 3, SD √(5/36) = 0.3727. */
  s = bs_team_stats_statement (stats, "programme.flexibility.2", NULL);
  g_assert_cmpuint (s->n, ==, 6);
  g_assert_cmpfloat_with_epsilon (s->mean, 17.0 / 6, EPS);
  g_assert_cmpfloat (s->median, ==, 3);
  g_assert_cmpfloat_with_epsilon (s->sd, sqrt (5.0 / 36), EPS);
  g_assert_false (s->disagreement);

  /* One answer: no spread, no disagreement; odd median. */
  s = bs_team_stats_statement (stats, "programme.flexibility.3", NULL);
  g_assert_cmpuint (s->n, ==, 1);
  g_assert_cmpfloat (s->sd, ==, 0);
  g_assert_cmpfloat (s->median, ==, 1);

  /* Not included: no statistics. */
  g_assert_null (bs_team_stats_statement (stats, "course.flexibility.1", NULL));

  /* The distribution, per role. */
  g_assert_cmpuint (bs_team_stats_count (stats, "programme.flexibility.1", NULL, 4), ==, 1);
  g_assert_cmpuint (bs_team_stats_count (stats, "programme.flexibility.1", BS_ROLE_STUDENT, 1), ==, 1);
  g_assert_cmpuint (bs_team_stats_count (stats, "programme.flexibility.1", BS_ROLE_STUDENT, BS_VALUE_NOT_APPLICABLE), ==, 1);
  g_assert_cmpuint (bs_team_stats_count (stats, "programme.flexibility.1", BS_ROLE_STUDENT, 4), ==, 0);
  g_assert_cmpuint (bs_team_stats_count (stats, "programme.flexibility.1", NULL, BS_VALUE_UNKNOWN), ==, 1);
  g_assert_cmpuint (bs_team_stats_count (stats, "programme.flexibility.1", NULL, BS_VALUE_NONE), ==, 0);
  g_assert_cmpuint (bs_team_stats_count (stats, "programme.flexibility.3", NULL, BS_VALUE_NONE), ==, 5);
  g_assert_cmpuint (bs_team_stats_count (stats, "programme.flexibility.2", BS_ROLE_TEACHER, 3), ==, 2);
}

static void
test_stats_dimensions (void)
{
  g_autoptr(BsAssessment) a = make_stats_team ();
  g_autoptr(BsTeamStats) stats = bs_team_stats_new (a);
  g_autoptr(BsLevelScores) scores = NULL;
  const BsTeamStat *s;
  double own[] = { 8.0 / 3, 3, 2, 2.5, 3, 2 };   /* each one's flexibility score */
  double mean = 0;

  for (guint i = 0; i < G_N_ELEMENTS (own); i++)
    mean += own[i] / G_N_ELEMENTS (own);

  /* Flexibility: the respondents' own scores 8/3 3 2 2.5 3 2. */
  s = bs_team_stats_dimension (stats, "programme", "flexibility", NULL);
  g_assert_cmpuint (s->n, ==, 6);
  g_assert_cmpuint (s->n_not_applicable, ==, 1);
  g_assert_cmpuint (s->n_unknown, ==, 1);
  g_assert_cmpfloat_with_epsilon (s->mean, mean, EPS);
  g_assert_cmpfloat_with_epsilon (s->median, (2.5 + 8.0 / 3) / 2, EPS);
  g_assert_cmpfloat (s->min, ==, 2);
  g_assert_cmpfloat (s->max, ==, 3);

  /* Students: 2 2.5 3: mean 2.5, SD √(1/6). */
  s = bs_team_stats_dimension (stats, "programme", "flexibility", BS_ROLE_STUDENT);
  g_assert_cmpuint (s->n, ==, 3);
  g_assert_cmpfloat_with_epsilon (s->mean, 2.5, EPS);
  g_assert_cmpfloat_with_epsilon (s->median, 2.5, EPS);
  g_assert_cmpfloat_with_epsilon (s->sd, sqrt (1.0 / 6), EPS);

  /* Experience: nobody. */
  s = bs_team_stats_dimension (stats, "programme", "experience", NULL);
  g_assert_cmpuint (s->n, ==, 0);
  g_assert_true (isnan (s->mean));

  /* The level: T1's is the mean of 2 (design) and 8/3 (flexibility). */
  s = bs_team_stats_level (stats, "programme", NULL);
  g_assert_cmpuint (s->n, ==, 6);
  g_assert_cmpfloat_with_epsilon (s->mean, (7.0 / 3 + 3 + 2 + 2.5 + 3 + 2) / 6, EPS);
  g_assert_cmpfloat_with_epsilon (s->min, 2, EPS);
  g_assert_cmpuint (s->n_not_applicable, ==, 1);
  s = bs_team_stats_level (stats, "programme", BS_ROLE_TEACHER);
  g_assert_cmpfloat_with_epsilon (s->mean, (7.0 / 3 + 3) / 2, EPS);
  g_assert_null (bs_team_stats_level (stats, "course", NULL));

  /* The radar's band comes from the same numbers. */
  scores = bs_level_scores_new (a, "programme", NULL);
  g_assert_true (scores->has_spread);
  g_assert_cmpfloat (scores->dimensions[1].spread_min, ==, 2);
  g_assert_cmpfloat (scores->dimensions[1].spread_max, ==, 3);
  g_assert_true (isnan (scores->dimensions[2].spread_min));
}

static guint
count_level_statements (BsFramework *framework,
                        const char  *level_id)
{
  GListModel *dimensions = bs_level_get_dimensions (bs_framework_lookup_level (framework, level_id));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, i);

      n += g_list_model_get_n_items (bs_dimension_get_statements (dimension));
    }

  return n;
}

static void
test_stats_order (void)
{
  g_autoptr(BsAssessment) a = make_stats_team ();
  g_autoptr(BsTeamStats) stats = bs_team_stats_new (a);
  g_autoptr(GPtrArray) order = bs_team_stats_by_disagreement (stats, NULL);
  g_autoptr(GPtrArray) none = bs_team_stats_by_disagreement (stats, "course");
  static const char * const expected[] = {
    "programme.flexibility.1",     /* SD 1.118 */
    "programme.flexibility.2",     /* SD 0.373 */
    "programme.design-process.1",  /* SD 0, in framework order */
    "programme.flexibility.3",
    "programme.design-process.2",  /* no stage at all: last, in framework order */
  };

  g_assert_cmpuint (order->len, ==, count_level_statements (bs_assessment_get_framework (a), "programme"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (bs_statement_get_id (g_ptr_array_index (order, i)), ==, expected[i]);
  g_assert_cmpuint (none->len, ==, 0);
}

/* A framework's own roles and disagreement threshold. */
static void
test_stats_framework_threshold (void)
{
  g_autofree char *path = bs_test_fixture_path ("framework-team.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) f = bs_framework_new_from_file (path, &error);
  g_autoptr(BsAssessment) a = NULL;
  g_autoptr(BsRespondent) r1 = bs_respondent_new ("a", "A", "alumnus");
  g_autoptr(BsRespondent) r2 = bs_respondent_new ("b", "B", "employer");
  g_autoptr(BsRespondent) r3 = bs_respondent_new ("c", "C", "dean");
  g_autoptr(BsTeamStats) stats = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BsAssessment) again = NULL;
  GListModel *roles;

  g_assert_no_error (error);
  roles = bs_framework_get_roles (f);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 8);
  g_assert_cmpint (bs_framework_get_role_index (f, "alumnus"), ==, 6);
  g_assert_cmpint (bs_framework_get_role_index (f, BS_ROLE_TEACHER), ==, 0);
  g_assert_cmpstr (bs_role_get_name_text (bs_framework_lookup_role (f, "employer"), "nl"), ==, "Werkveld");
  g_assert_cmpstr (bs_role_get_name_text (bs_framework_lookup_role (f, BS_ROLE_SUPPORT_STAFF), "nl"), ==, "Ondersteunend personeel");
  g_assert_false (bs_role_is_builtin (bs_framework_lookup_role (f, "alumnus")));
  g_assert_cmpfloat (bs_framework_get_disagreement_threshold (f), ==, 0.4);
  /* The default framework keeps the default. */
  g_assert_cmpfloat (bs_framework_get_disagreement_threshold (bs_framework_get_default ()), ==, 1.0);
  g_assert_cmpuint (g_list_model_get_n_items (bs_framework_get_roles (bs_framework_get_default ())), ==, 6);

  a = bs_assessment_new (f);
  bs_respondent_set_value (r1, "unit.alpha.1", 2);
  bs_respondent_set_value (r2, "unit.alpha.1", 3);
  g_assert_true (bs_team_add_respondent (bs_assessment_get_team (a), r1, NULL));
  g_assert_true (bs_team_add_respondent (bs_assessment_get_team (a), r2, NULL));
  g_assert_false (bs_team_add_respondent (bs_assessment_get_team (a), r3, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_UNKNOWN_ID);
  g_clear_error (&error);

  /* 2 and 3: SD 0.5, a disagreement with this framework's 0.4. */
  stats = bs_team_stats_new (a);
  g_assert_true (bs_team_stats_statement (stats, "unit.alpha.1", NULL)->disagreement);
  g_assert_cmpuint (bs_team_stats_get_n_respondents (stats, "employer"), ==, 1);

  bytes = bs_assessment_to_bytes (a);
  again = bs_assessment_load_from_bytes (bytes, "team.blendscan", f, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_respondent_get_role (bs_team_lookup_respondent (bs_assessment_get_team (again), "a")), ==, "alumnus");
}

/* A framework's roles and threshold are checked like the rest of it. */
static void
test_framework_roles_refused (void)
{
  g_autofree char *path = bs_test_fixture_path ("framework-team.xml");
  g_autoptr(GBytes) good = bs_test_read_bytes (path);
  static const struct { const char *from, *to; int code; const char *message; } cases[] = {
    { "role id=\"alumnus\"", "role id=\"teacher\"", BS_FORMAT_ERROR_DUPLICATE, "the role id “teacher” is used twice" },
    { "role id=\"employer\"", "role id=\"alumnus\"", BS_FORMAT_ERROR_DUPLICATE, "the role id “alumnus” is used twice" },
    { "disagreement=\"0.4\"", "disagreement=\"0\"", BS_FORMAT_ERROR_OUT_OF_RANGE, "the disagreement threshold “0”" },
    { "disagreement=\"0.4\"", "disagreement=\"lots\"", BS_FORMAT_ERROR_SCHEMA, "line 5" },
    { "<name xml:lang=\"nl\">Werkveld</name>", "", BS_FORMAT_ERROR_MISSING_TEXT, "missing in language “nl”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (good, NULL), g_bytes_get_size (good));
      g_auto(GStrv) parts = g_strsplit (text, cases[i].from, 2);
      g_autofree char *bad = g_strjoin (cases[i].to, parts[0], parts[1], NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (bad, strlen (bad));
      g_autoptr(GError) error = NULL;
      g_autoptr(BsFramework) f = bs_framework_new_from_bytes (bytes, "roles.xml", &error);

      g_assert_null (f);
      g_assert_error (error, BS_FORMAT_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: unexpected message: %s", i, error->message);
    }
}

/* The shipped team example: a dozen respondents in four roles, real
 * disagreement, agreed answers with rationale and dissent. */
static void
test_example (void)
{
  g_autofree char *path = bs_test_example_path ("team-bedrijfskunde.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);
  g_autoptr(BsTeamStats) stats = NULL;
  g_autoptr(GPtrArray) order = NULL;
  BsTeam *team;
  guint roles = 0, flagged = 0, with_dissent = 0;
  GListModel *all_roles;

  g_assert_no_error (error);
  g_assert_cmpstr (bs_assessment_get_unit_level (a), ==, "programme");
  team = bs_assessment_get_team (a);
  g_assert_cmpuint (bs_team_get_n_respondents (team), >=, 10);

  stats = bs_team_stats_new (a);
  all_roles = bs_framework_get_roles (bs_assessment_get_framework (a));
  for (guint i = 0; i < g_list_model_get_n_items (all_roles); i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (all_roles, i);

      if (bs_team_stats_get_n_respondents (stats, bs_role_get_id (role)) > 0)
        roles++;
    }
  g_assert_cmpuint (roles, ==, 4);

  order = bs_team_stats_by_disagreement (stats, "programme");
  for (guint i = 0; i < order->len; i++)
    {
      const char *id = bs_statement_get_id (g_ptr_array_index (order, i));
      BsAgreedAnswer *agreed = bs_team_lookup_agreed (team, id);

      if (bs_team_stats_statement (stats, id, NULL)->disagreement)
        flagged++;
      if (agreed != NULL && bs_agreed_answer_get_dissent (agreed) != NULL)
        with_dissent++;
    }
  g_assert_cmpuint (flagged, >=, 2);
  g_assert_cmpuint (with_dissent, >=, 2);
  g_assert_true (bs_team_stats_statement (stats, bs_statement_get_id (g_ptr_array_index (order, 0)), NULL)->disagreement);
  g_assert_cmpuint (bs_team_get_n_agreed (team), >=, 4);
}

static char *
respondents_file (guint n)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"2\">\n"
                             "  <framework id=\"blendscan-embed\" version=\"1.0\"/>\n"
                             "  <title>Veel</title>\n"
                             "  <levels><level id=\"course\"/></levels>\n"
                             "  <team>\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "    <respondent id=\"r%u\" role=\"student\"/>\n", i);
  g_string_append (s, "  </team>\n</assessment>\n");

  return g_string_free (s, FALSE);
}

/* At most BS_TEAM_MAX_RESPONDENTS, in a file and when adding. */
static void
test_respondent_limit (void)
{
  g_autofree char *ok = respondents_file (BS_TEAM_MAX_RESPONDENTS);
  g_autofree char *too_many = respondents_file (BS_TEAM_MAX_RESPONDENTS + 1);
  g_autoptr(GBytes) ok_bytes = g_bytes_new_static (ok, strlen (ok));
  g_autoptr(GBytes) bad_bytes = g_bytes_new_static (too_many, strlen (too_many));
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load_from_bytes (ok_bytes, "veel.blendscan", NULL, &error);
  g_autoptr(BsAssessment) b = NULL;
  g_autoptr(BsRespondent) one_more = bs_respondent_new ("extra", NULL, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (a)), ==, BS_TEAM_MAX_RESPONDENTS);
  g_assert_false (bs_team_add_respondent (bs_assessment_get_team (a), one_more, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_COMPLEX);
  g_clear_error (&error);

  b = bs_assessment_load_from_bytes (bad_bytes, "te-veel.blendscan", NULL, &error);
  g_assert_null (b);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_COMPLEX);
  g_assert_nonnull (strstr (error->message, "“te-veel.blendscan”, line 10007: the team has more than 10000 respondents"));
}

/* Saving refuses a team text longer than the loader reads back. */
static void
test_text_limit (void)
{
  g_autoptr(BsAssessment) a = make_team (2);
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "lang.blendscan", NULL);
  g_autofree char *text = g_strnfill (BS_TEXT_MAX_LENGTH + 1, 'x');
  g_autoptr(GError) error = NULL;

  bs_agreed_answer_set_dissent (bs_team_get_agreed (bs_assessment_get_team (a), "programme.flexibility.4"), text);
  g_assert_false (bs_assessment_save (a, path, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "programme.flexibility.4"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  bs_agreed_answer_set_dissent (bs_team_get_agreed (bs_assessment_get_team (a), "programme.flexibility.4"), NULL);
  bs_answer_set_note (bs_respondent_get_answer (bs_team_lookup_respondent (bs_assessment_get_team (a), "r001"),
                                                "programme.flexibility.4"), text);
  g_assert_false (bs_assessment_save (a, path, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "respondent 2"));
}

/* A team made from the first questionnaire; several respondents added at
 * once, all or nothing, saying which one was refused. */
static void
test_new_team_and_batch (void)
{
  g_autoptr(BsAssessment) source = new_programme_assessment ();
  g_autoptr(BsAssessment) q = bs_assessment_new_blank_respondent (source, NULL, "Anne", BS_ROLE_TEACHER);
  g_autoptr(BsAssessment) team = bs_assessment_new_team (q);
  g_autoptr(BsRespondent) a = bs_respondent_new ("a", "Anne", BS_ROLE_TEACHER);
  g_autoptr(BsRespondent) b = bs_respondent_new ("b", "Bram", BS_ROLE_STUDENT);
  g_autoptr(BsRespondent) c = bs_respondent_new ("c", "anne", BS_ROLE_TEACHER);
  g_autoptr(BsRespondent) d = bs_respondent_new ("d", "Anne", BS_ROLE_STUDENT);
  g_autoptr(GError) error = NULL;
  BsRespondent *bad[] = { a, b, c };
  BsRespondent *good[] = { a, b, d };
  guint failed = 99;

  g_assert_false (bs_assessment_is_respondent_file (team));
  g_assert_cmpstr (bs_assessment_get_unit (team), ==, "Bachelor Testkunde");
  g_assert_true (g_strv_equal (bs_assessment_get_levels (team), programme));

  g_assert_false (bs_team_add_respondents (bs_assessment_get_team (team), bad, 3, &failed, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE);
  g_assert_cmpuint (failed, ==, 2);
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 0);
  g_clear_error (&error);

  /* The same name in another role is another person. */
  g_assert_true (bs_team_add_respondents (bs_assessment_get_team (team), good, 3, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 3);
  g_assert_true (bs_assessment_is_team (team));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* A dimension's score watch (what the sidebar shows) follows the team:
 * an agreed stage moves it, and taking the agreed stage back again. */
static void
test_watch_follows_team (void)
{
  g_autofree char *path = bs_test_example_path ("team-bedrijfskunde.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);
  BsFramework *framework;
  BsDimension *dimension;
  g_autoptr(BsScoreWatch) watch = NULL;
  g_autoptr(BsStatement) statement = NULL;
  const char *id;
  BsTeam *team;
  double before;
  guint notified = 0;

  g_assert_no_error (error);
  framework = bs_assessment_get_framework (a);
  dimension = bs_framework_lookup_dimension (framework, "programme", "flexibility");
  g_assert_nonnull (dimension);
  statement = g_list_model_get_item (bs_dimension_get_statements (dimension), 0);
  id = bs_statement_get_id (statement);
  team = bs_assessment_get_team (a);
  bs_team_set_agreed_value (team, id, BS_VALUE_NONE);

  watch = bs_score_watch_new_dimension (a, dimension);
  g_signal_connect (watch, "notify::score", G_CALLBACK (count_notify_cb), &notified);
  before = bs_score_watch_get_score (watch)->score;

  bs_team_set_agreed_value (team, id, 4);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpfloat (bs_score_watch_get_score (watch)->score, !=, before);
  g_assert_cmpuint (bs_score_watch_get_score (watch)->from_agreed, >=, 1);

  bs_team_set_agreed_value (team, id, BS_VALUE_NONE);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpfloat_with_epsilon (bs_score_watch_get_score (watch)->score, before, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  static const BadFile bad[] = {
    { "team-unknown-statement.blendscan", BS_FORMAT_ERROR_UNKNOWN_ID, "line 11: the statement “programme.teleportation.1” does not exist" },
    { "team-out-of-range.blendscan", BS_FORMAT_ERROR_OUT_OF_RANGE, "line 11: statement “programme.flexibility.1” has score 7, but the framework’s scale runs from 1 to 4" },
    { "team-duplicate-id.blendscan", BS_FORMAT_ERROR_DUPLICATE, "line 13: the respondent id “r1” is used twice" },
    { "team-duplicate-person.blendscan", BS_FORMAT_ERROR_DUPLICATE, "line 11: “anne de vries ” (Teacher) is a respondent twice" },
    { "team-duplicate-answer.blendscan", BS_FORMAT_ERROR_DUPLICATE, "line 12: respondent “r1” answers statement “programme.flexibility.1” twice" },
    { "team-unknown-role.blendscan", BS_FORMAT_ERROR_UNKNOWN_ID, "line 10: the role “dean” of respondent “r1” is not one of the framework’s roles (teacher, student," },
    { "team-respondent-level.blendscan", BS_FORMAT_ERROR_INVALID_VALUE, "line 11: respondent “r1” answers statement “course.flexibility.1”, but it belongs to the level “course”" },
    { "team-agreed-level.blendscan", BS_FORMAT_ERROR_INVALID_VALUE, "line 11: statement “course.flexibility.1” has an agreed answer, but it belongs to the level “course”" },
    { "team-agreed-unknown.blendscan", BS_FORMAT_ERROR_INVALID_VALUE, "line 11: the agreed answer to statement “programme.flexibility.1” is “don’t know”" },
    { "team-agreed-out-of-range.blendscan", BS_FORMAT_ERROR_OUT_OF_RANGE, "line 11: statement “programme.flexibility.1” has score 5" },
    { "team-agreed-twice.blendscan", BS_FORMAT_ERROR_DUPLICATE, "line 12: statement “programme.flexibility.1” has two agreed answers" },
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/team/file/round-trip-200", test_round_trip);
  g_test_add_func ("/team/file/single-stays-format-1", test_single_stays_format_1);
  g_test_add_func ("/team/file/format-1-draft", test_format_1_draft);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("/team/file/refused/%s", bad[i].name);

      g_test_add_data_func (name, &bad[i], test_bad_fixture);
    }
  g_test_add_func ("/team/file/example", test_example);
  g_test_add_func ("/team/file/respondent-limit", test_respondent_limit);
  g_test_add_func ("/team/file/text-limit", test_text_limit);
  g_test_add_func ("/team/merge/hand-out-and-merge", test_merge);
  g_test_add_func ("/team/merge/refusals", test_merge_refusals);
  g_test_add_func ("/team/merge/new-team-and-batch", test_new_team_and_batch);
  g_test_add_func ("/team/scores/agreed-and-mean", test_scores);
  g_test_add_func ("/team/model/changed", test_changed);
  g_test_add_func ("/team/stats/statements", test_stats_statements);
  g_test_add_func ("/team/stats/dimensions-and-levels", test_stats_dimensions);
  g_test_add_func ("/team/stats/by-disagreement", test_stats_order);
  g_test_add_func ("/team/stats/framework-threshold-and-roles", test_stats_framework_threshold);
  g_test_add_func ("/team/stats/framework-roles-refused", test_framework_roles_refused);
  g_test_add_func ("/team/scores/watch-follows-team", test_watch_follows_team);

  return g_test_run ();
}
