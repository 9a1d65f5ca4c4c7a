/* test-cli-team.c: blendscan-cli merge, import-responses and score --team: what they write, print and refuse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-test-cli.h"
#include "bs-test-common.h"

#define TEAM_EXAMPLE "team-bedrijfskunde.blendscan"

static char *
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return path;
}

static char *
copy_example (const char *dir,
              const char *example,
              const char *name)
{
  g_autofree char *source = bs_test_example_path (example);
  g_autoptr(GBytes) bytes = bs_test_read_bytes (source);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);

  return path;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static BsAssessment *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  BsAssessment *a = bs_assessment_load (path, NULL, &error);

  g_assert_no_error (error);

  return a;
}

static guint
n_respondents (const char *path)
{
  g_autoptr(BsAssessment) a = load (path);

  return bs_team_get_n_respondents (bs_assessment_get_team (a));
}

/* Fills in every statement of the included levels: a stage from @seed
 * and the statement's place, an N/A and a "don't know" now and then. */
static void
fill (const char *path,
      guint       seed)
{
  g_autoptr(BsAssessment) a = load (path);
  g_autoptr(GError) error = NULL;
  const char * const *levels = bs_assessment_get_levels (a);
  BsFramework *framework = bs_assessment_get_framework (a);
  guint k = 0;

  for (guint i = 0; levels[i] != NULL; i++)
    {
      GListModel *dimensions = bs_level_get_dimensions (bs_framework_lookup_level (framework, levels[i]));

      for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++, k++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
              int value = 1 + (int) ((seed + k) % 4);

              if ((seed + k) % 17 == 0)
                value = BS_VALUE_NOT_APPLICABLE;
              else if ((seed + k) % 19 == 0)
                value = BS_VALUE_UNKNOWN;
              bs_assessment_set_value (a, bs_statement_get_id (statement), value);
            }
        }
    }

  bs_assessment_save (a, path, &error);
  g_assert_no_error (error);
}

/* Handed out with blank --names and filled in: the files, in the order
 * of @names ("Anna,teacher\nBob,student\n"). */
static GPtrArray *
hand_out (const char *assessment,
          const char *dir,
          const char *names,
          guint       seed)
{
  g_autofree char *names_path = write_file (dir, "names.csv", names);
  g_autofree char *out = g_build_filename (dir, "round", NULL);
  g_auto(BsTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  bs_test_run_cli (&run, "blank", assessment, "-o", out, "--names", names_path, "--force", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (g_strstrip (run.out), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      fill (lines[i], seed + i);
      g_ptr_array_add (files, g_strdup (lines[i]));
    }
  g_unlink (names_path);

  return files;
}

static void
assert_unchanged (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) now = bs_test_read_bytes (path);

  g_assert_true (g_bytes_equal (now, before));
}

/* A new team from respondent files: the first one's unit and levels. */
static void
test_merge_new (void)
{
  g_autofree char *example = bs_test_example_path (TEAM_EXAMPLE);
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *team = g_build_filename (tmp, "team.blendscan", NULL);
  g_autoptr(GPtrArray) files = hand_out (example, tmp, "Anna de Vries,teacher\nBob,student\nCees,Docent\n", 1);
  g_autoptr(BsAssessment) a = NULL;
  g_autoptr(BsAssessment) first = NULL;
  g_auto(BsTestRun) run = { 0 };
  BsTeam *t;
  BsRespondent *anna;

  bs_test_run_cli (&run, "merge", "-o", team, files->pdata[0], files->pdata[1], files->pdata[2], NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "Added 3 respondents; the team now has 3.\n");
  g_assert_cmpint (run.status, ==, 0);

  a = load (team);
  first = load (files->pdata[0]);
  t = bs_assessment_get_team (a);
  g_assert_true (bs_assessment_is_team (a));
  g_assert_false (bs_assessment_is_respondent_file (a));
  g_assert_cmpstr (bs_assessment_get_unit (a), ==, bs_assessment_get_unit (first));
  g_assert_cmpstr (bs_assessment_get_levels (a)[0], ==, "programme");
  g_assert_null (bs_assessment_get_levels (a)[1]);
  g_assert_cmpuint (bs_team_get_n_respondents (t), ==, 3);
  anna = bs_team_find_respondent (t, "Anna de Vries", "teacher");
  g_assert_nonnull (anna);
  g_assert_cmpstr (bs_respondent_get_id (anna), ==, bs_assessment_get_respondent_id (first));
  g_assert_cmpint (bs_respondent_get_value (anna, "programme.flexibility.1"), ==,
                   bs_answer_get_value (bs_assessment_lookup_answer (first, "programme.flexibility.1")));
  g_assert_nonnull (bs_team_find_respondent (t, "Cees", "teacher"));

  remove_tree (tmp);
}

/* Late respondents join the example team, which keeps its agreed
 * answers, notes and actions; the same files again are refused. */
static void
test_merge_again (void)
{
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *team = copy_example (tmp, TEAM_EXAMPLE, "team.blendscan");
  g_autoptr(GPtrArray) files = hand_out (team, tmp, "Laat,student\nLater,external\n", 7);
  g_autoptr(BsAssessment) before = load (team);
  g_autoptr(BsAssessment) after = NULL;
  g_autoptr(GBytes) merged = NULL;
  g_auto(BsTestRun) run = { 0 };
  g_auto(BsTestRun) again = { 0 };
  BsAgreedAnswer *agreed;

  bs_test_run_cli (&run, "merge", "-o", team, files->pdata[0], files->pdata[1], NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "Added 2 respondents; the team now has 14.\n");
  g_assert_cmpint (run.status, ==, 0);

  after = load (team);
  g_assert_cmpuint (n_respondents (team), ==, 14);
  g_assert_cmpuint (bs_team_get_n_agreed (bs_assessment_get_team (after)), ==,
                    bs_team_get_n_agreed (bs_assessment_get_team (before)));
  agreed = bs_team_lookup_agreed (bs_assessment_get_team (after), "programme.design-process.3");
  g_assert_cmpint (bs_agreed_answer_get_value (agreed), ==, 2);
  g_assert_true (g_str_has_prefix (bs_agreed_answer_get_rationale (agreed), "De ontwerpprincipes zijn vastgesteld"));
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_actions (after)), ==, 2);
  g_assert_true (g_str_has_prefix (bs_dimension_notes_get_summary (bs_assessment_get_dimension_notes (after, "programme", "flexibility")),
                                   "Op papier is de opleiding flexibel"));
  g_assert_cmpstr (bs_assessment_get_facilitator (after), ==, bs_assessment_get_facilitator (before));

  /* The same questionnaire twice: refused by name, nothing written. */
  merged = bs_test_read_bytes (team);
  bs_test_run_cli (&again, "merge", "-o", team, files->pdata[1], NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "later.blendscan"));
  g_assert_nonnull (strstr (again.err, "already in the team"));
  g_assert_nonnull (strstr (again.err, "Nothing was written."));
  g_assert_cmpstr (again.out, ==, "");
  assert_unchanged (team, merged);

  remove_tree (tmp);
}

/* Writes an assessment changed by @change to @dir/@name. */
static char *
variant (const char *source,
         const char *dir,
         const char *name,
         void      (*change) (BsAssessment *a))
{
  g_autoptr(BsAssessment) a = load (source);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  change (a);
  bs_assessment_save (a, path, &error);
  g_assert_no_error (error);

  return path;
}

static void
other_unit (BsAssessment *a)
{
  bs_assessment_set_unit (a, "Master Bedrijfskunde");
}

static void
more_levels (BsAssessment *a)
{
  const char * const levels[] = { "course", "programme", NULL };

  bs_assessment_set_levels (a, levels);
  bs_assessment_set_value (a, "course.flexibility.1", 2);
}

/* Every questionnaire merge refuses names its file, and the team file
 * (or the new one) is left as it was. */
static void
test_merge_refused (void)
{
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *team = copy_example (tmp, TEAM_EXAMPLE, "team.blendscan");
  g_autofree char *fresh = g_build_filename (tmp, "fresh.blendscan", NULL);
  g_autoptr(GPtrArray) files = hand_out (team, tmp, "Nieuw,student\nKlaas,teacher\n", 3);
  g_autofree char *unit = variant (files->pdata[0], tmp, "unit.blendscan", other_unit);
  g_autofree char *levels = variant (files->pdata[0], tmp, "levels.blendscan", more_levels);
  g_autofree char *twice = g_build_filename (tmp, "twice.blendscan", NULL);
  g_autofree char *other_framework = bs_test_fixture_path ("small-team-answered.blendscan");
  g_autofree char *out_of_range = bs_test_fixture_path ("out-of-range.blendscan");
  g_autofree char *member = NULL;
  g_autoptr(GBytes) before = bs_test_read_bytes (team);
  struct {
    const char *file;
    const char *expected;
  } cases[] = {
    { unit, "is about" },
    { levels, "level “course”" },
    { twice, "already in the team" },
    { other_framework, "small-team-answered.blendscan" },
    { out_of_range, "scale runs from 1 to 4" },
    { team, "team assessment" },
  };

  {
    g_autoptr(GBytes) bytes = bs_test_read_bytes (files->pdata[1]);
    g_autoptr(GError) error = NULL;

    g_file_set_contents (twice, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
    g_assert_no_error (error);
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *target = g_str_equal (cases[i].file, team) ? fresh : team;
      g_auto(BsTestRun) run = { 0 };
      g_autofree char *base = g_path_get_basename (cases[i].file);

      g_test_message ("merging %s", cases[i].file);
      /* A good file first: all or nothing. */
      bs_test_run_cli (&run, "merge", "-o", target, files->pdata[1], cases[i].file, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, base));
      g_assert_nonnull (strstr (run.err, cases[i].expected));
      assert_unchanged (team, before);
      g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
    }

  /* Someone the team has, in the same role, from another round (blank
   * does not hand one out; the core makes it). */
  {
    g_autoptr(BsAssessment) a = load (team);
    g_autoptr(BsAssessment) blank = bs_assessment_new_blank_respondent (a, NULL, "Mirjam Kok", "teacher");
    g_autoptr(GError) error = NULL;
    g_auto(BsTestRun) run = { 0 };

    member = g_build_filename (tmp, "mirjam-kok.blendscan", NULL);
    bs_assessment_set_value (blank, "programme.flexibility.1", 3);
    bs_assessment_save (blank, member, &error);
    g_assert_no_error (error);
    bs_test_run_cli (&run, "merge", "-o", team, member, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "mirjam-kok.blendscan"));
    g_assert_nonnull (strstr (run.err, "“Mirjam Kok” (Teacher) is already in the team"));
    assert_unchanged (team, before);
  }

  /* A respondent's questionnaire is not a team to add to. */
  {
    g_autoptr(GBytes) respondent = bs_test_read_bytes (files->pdata[0]);
    g_auto(BsTestRun) run = { 0 };

    bs_test_run_cli (&run, "merge", "-o", files->pdata[0], files->pdata[1], NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "one respondent’s questionnaire"));
    assert_unchanged (files->pdata[0], respondent);
  }

  remove_tree (tmp);
}

/* The output is never one of the inputs, not even through a link; usage
 * errors exit 2 before anything is read. */
static void
test_merge_usage (void)
{
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *team = copy_example (tmp, TEAM_EXAMPLE, "team.blendscan");
  g_autoptr(GPtrArray) files = hand_out (team, tmp, "A,student\nB,student\n", 2);
  g_autofree char *link = g_build_filename (tmp, "link.blendscan", NULL);
  g_autoptr(GBytes) input = bs_test_read_bytes (files->pdata[1]);
  g_autoptr(GBytes) before = bs_test_read_bytes (team);
  g_auto(BsTestRun) same = { 0 };
  g_auto(BsTestRun) linked = { 0 };
  g_auto(BsTestRun) no_output = { 0 };
  g_auto(BsTestRun) no_files = { 0 };
  g_auto(BsTestRun) to_stdout = { 0 };

  g_assert_cmpint (symlink (files->pdata[1], link), ==, 0);

  bs_test_run_cli (&same, "merge", "-o", files->pdata[1], files->pdata[0], files->pdata[1], NULL);
  g_assert_cmpint (same.status, ==, 2);
  g_assert_nonnull (strstr (same.err, "is the input file"));
  assert_unchanged (files->pdata[1], input);

  bs_test_run_cli (&linked, "merge", "-o", link, files->pdata[0], files->pdata[1], NULL);
  g_assert_cmpint (linked.status, ==, 2);
  g_assert_nonnull (strstr (linked.err, "would destroy that file"));
  assert_unchanged (files->pdata[1], input);

  bs_test_run_cli (&no_output, "merge", files->pdata[0], NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "-o TEAM.blendscan"));

  bs_test_run_cli (&no_files, "merge", "-o", team, NULL);
  g_assert_cmpint (no_files.status, ==, 2);
  g_assert_nonnull (strstr (no_files.err, "at least one respondent file"));

  bs_test_run_cli (&to_stdout, "merge", "-o", "-", files->pdata[0], NULL);
  g_assert_cmpint (to_stdout.status, ==, 2);
  g_assert_nonnull (strstr (to_stdout.err, "-o - is not possible"));
  assert_unchanged (team, before);

  remove_tree (tmp);
}

/* 200 respondents answering all three levels, merged and read back. */
static void
test_merge_200 (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (tmp, "round", NULL);
  g_autofree char *team = g_build_filename (tmp, "team.blendscan", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(BsAssessment) a = NULL;
  g_autoptr(BsAssessment) again = NULL;
  g_autoptr(BsTeamStats) stats = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *merged_out = NULL;
  g_autofree char *merged_err = NULL;
  g_auto(BsTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  const BsTeamStat *stat;
  BsTeam *t;
  guint n_two = 0;

  bs_test_run_cli (&run, "blank", example, "-o", out, "--respondents", "200", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (g_strstrip (run.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 200);

  g_ptr_array_add (argv, g_strdup (g_getenv ("BLENDSCAN_CLI")));
  g_ptr_array_add (argv, g_strdup ("merge"));
  g_ptr_array_add (argv, g_strdup ("-o"));
  g_ptr_array_add (argv, g_strdup (team));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      fill (lines[i], i);
      g_ptr_array_add (argv, g_strdup (lines[i]));
    }
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_newv ((const char * const *) argv->pdata,
                            G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &merged_out, &merged_err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (merged_err, ==, "");
  g_assert_cmpstr (merged_out, ==, "Added 200 respondents; the team now has 200.\n");
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);

  a = load (team);
  t = bs_assessment_get_team (a);
  g_assert_cmpuint (bs_team_get_n_respondents (t), ==, 200);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(BsRespondent) r = g_list_model_get_item (bs_team_get_respondents (t), i);
      g_autoptr(BsAssessment) file = load (lines[i]);

      /* In the order given, each with its own answers, all of them. */
      g_assert_cmpstr (bs_respondent_get_id (r), ==, bs_assessment_get_respondent_id (file));
      g_assert_cmpuint (bs_respondent_get_n_answers (r), ==, bs_framework_get_n_statements (bs_assessment_get_framework (a)));
      g_assert_cmpint (bs_respondent_get_value (r, "course.flexibility.1"), ==,
                       bs_answer_get_value (bs_assessment_lookup_answer (file, "course.flexibility.1")));
      g_assert_cmpint (bs_respondent_get_value (r, "institution.support.5"), ==,
                       bs_answer_get_value (bs_assessment_lookup_answer (file, "institution.support.5")));
      if (bs_respondent_get_value (r, "course.flexibility.1") == 2)
        n_two++;
    }

  /* Seeds 0…199 give the first statement 1, 2, 3, 4 in turn, but every
   * 17th is N/A and every 19th (not 17th) "don't know". */
  stats = bs_team_stats_new (a);
  stat = bs_team_stats_statement (stats, "course.flexibility.1", NULL);
  g_assert_cmpuint (stat->n + stat->n_not_applicable + stat->n_unknown, ==, 200);
  g_assert_cmpuint (stat->n_not_applicable, ==, 12);
  g_assert_cmpuint (stat->n_unknown, ==, 10);
  g_assert_cmpuint (bs_team_stats_count (stats, "course.flexibility.1", NULL, 2), ==, n_two);

  /* Saved and loaded again, the bytes are the same. */
  {
    g_autoptr(GBytes) first = bs_assessment_to_bytes (a);

    again = bs_assessment_load_from_bytes (first, "again", NULL, &error);
    g_assert_no_error (error);
    {
      g_autoptr(GBytes) second = bs_assessment_to_bytes (again);

      g_assert_true (g_bytes_equal (first, second));
    }
  }

  remove_tree (tmp);
}

/* ---- score --team ---- */

static void
test_score_table (void)
{
  g_autofree char *example = bs_test_example_path (TEAM_EXAMPLE);
  g_auto(BsTestRun) run = { 0 };
  g_auto(BsTestRun) nl = { 0 };

  bs_test_run_cli (&run, "score", "--team", example, "--lang", "en", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "\nProgramme level\n"
                                   "12 respondents: Teacher 5, Student 4, Programme management 2, Support staff 1\n"));
  g_assert_nonnull (strstr (run.out, "    programme.design-process.3         2.00  agreed            8    0    4  2.50   2.50  1.00  4.00  1.12  !\n"
                                     "      · Teacher                                                5    0    0  2.60   3.00  1.00  4.00  1.36  !\n"
                                     "      · Student                                                0    0    4     –      –     –     –     –\n"));
  g_assert_nonnull (strstr (run.out, "    programme.design-process.2         2.00  mean             12    0    0  2.00   2.00  1.00  3.00  0.58\n"));
  g_assert_nonnull (strstr (run.out, "  Design process                       2.43  agreed 2/6       12    0   16  2.31   2.17  1.50  3.17  0.52\n"));
  g_assert_nonnull (strstr (run.out, "standard deviation is 1.00 or more.\n"));

  bs_test_run_cli (&nl, "score", "--team", example, "--lang", "nl", NULL);
  g_assert_cmpint (nl.status, ==, 0);
  g_assert_nonnull (strstr (nl.out, "      · Docent "));
  g_assert_nonnull (strstr (nl.out, "  Ontwerpproces "));
}

static void
test_score_csv (void)
{
  g_autofree char *example = bs_test_example_path (TEAM_EXAMPLE);
  g_auto(BsTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  bs_test_run_cli (&run, "score", "--team", "--format", "csv", "--lang", "en", example, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "kind,level,dimension_id,statement_id,title,role,respondents,score,source,"
                                 "from_agreed,from_respondents,n,not_applicable,unknown,mean,median,min,max,sd,disagreement");
  g_assert_cmpstr (lines[1], ==, "level,programme,,,Programme level,,12,2.31,,7,12,12,0,24,2.27,2.21,1.44,3.11,0.50,false");
  g_assert_cmpstr (lines[2], ==, "level,programme,,,Programme level,teacher,5,,,,,5,0,2,2.44,2.42,1.87,2.94,0.36,false");
  g_assert_cmpstr (lines[5], ==, "level,programme,,,Programme level,support-staff,1,,,,,1,0,0,2.06,2.06,2.06,2.06,0.00,false");
  g_assert_cmpstr (lines[6], ==, "dimension,programme,design-process,,Design process,,12,2.43,,2,4,12,0,16,2.31,2.17,1.50,3.17,0.52,false");
  g_assert_nonnull (strstr (run.out, "\nstatement,programme,design-process,programme.design-process.3,"));
  g_assert_nonnull (strstr (run.out, ",,12,2.00,agreed,,,8,0,4,2.50,2.50,1.00,4.00,1.12,true\n"));
  g_assert_nonnull (strstr (run.out, ",student,4,,,,,0,0,4,,,,,,false\n"));
  g_assert_nonnull (strstr (run.out, ",,12,2.00,respondents,,,12,0,0,2.00,2.00,1.00,3.00,0.58,false\n"));
  /* A row per level, dimension and statement, each for the team and 4 roles. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + (1 + 3 + 19) * 5 + 1);
}

static void
test_score_json (void)
{
  g_autofree char *example = bs_test_example_path (TEAM_EXAMPLE);
  g_autofree char *single = bs_test_example_path ("full-three-levels.blendscan");
  g_auto(BsTestRun) run = { 0 };
  g_auto(BsTestRun) refused = { 0 };

  bs_test_run_cli (&run, "score", "--team", "--format", "json", "--lang", "en", example, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "{\n  \"title\": \"Teamzelfevaluatie blended onderwijs – Bachelor Bedrijfskunde 2025-2026\",\n"
                                   "  \"framework\": { \"id\": \"blendscan-embed\", \"version\": \"2.0\" },\n"
                                   "  \"disagreement_threshold\": 1.00,\n  \"respondents\": 12,\n  \"roles\": [\n"
                                   "    { \"id\": \"teacher\", \"name\": \"Teacher\", \"respondents\": 5 },\n"));
  g_assert_nonnull (strstr (run.out, "{ \"id\": \"programme\", \"title\": \"Programme level\", \"score\": 2.31, \"scored\": 3, "
                                     "\"answered\": 19, \"total\": 19, \"not_applicable\": 0, \"unknown\": 0, "
                                     "\"from_agreed\": 7, \"from_respondents\": 12,\n"));
  g_assert_nonnull (strstr (run.out, "{ \"id\": \"programme.design-process.3\", \"text\": "));
  g_assert_nonnull (strstr (run.out, "\"score\": 2.00, \"source\": \"agreed\",\n"
                                     "              \"team\": { \"n\": 8, \"not_applicable\": 0, \"unknown\": 4, \"mean\": 2.50, "
                                     "\"median\": 2.50, \"min\": 1.00, \"max\": 4.00, \"sd\": 1.12, \"disagreement\": true },\n"));
  g_assert_nonnull (strstr (run.out, "\"student\": { \"n\": 0, \"not_applicable\": 0, \"unknown\": 4, \"mean\": null, "
                                     "\"median\": null, \"min\": null, \"max\": null, \"sd\": null, \"disagreement\": false }"));
  g_assert_true (g_str_has_suffix (run.out, "\n      ] }\n  ]\n}\n"));

  bs_test_run_cli (&refused, "score", "--team", single, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_cmpstr (refused.out, ==, "");
  g_assert_nonnull (strstr (refused.err, "full-three-levels.blendscan” is not a team assessment"));
}

/* ---- import-responses ---- */

/* Answers for the example team's programme level, in a survey's own
 * column order, with the statement-text row, a blank line, quotes, a
 * Dutch role name and a template row nobody filled in. */
static const char survey[] =
  "\xEF\xBB\xBF" "role,name,programme.flexibility.2,programme.flexibility.1,programme.experience.1\r\n"
  ",#text,Flexibility 2,Flexibility 1,Experience 1\r\n"
  "student,Eva Jansen,3,2,N/A\r\n"
  "\r\n"
  "Docent,\"Smit, Piet\",4,?,1\r\n"
  "teacher,Leeg,,,\r\n"
  "support staff,,n/a,1,2\r\n";

static void
test_import_example (void)
{
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *team = copy_example (tmp, TEAM_EXAMPLE, "team.blendscan");
  g_autofree char *fresh = g_build_filename (tmp, "fresh.blendscan", NULL);
  g_autofree char *csv = write_file (tmp, "survey.csv", survey);
  g_autoptr(BsAssessment) before = load (team);
  g_autoptr(BsAssessment) a = NULL;
  g_autoptr(BsAssessment) b = NULL;
  g_auto(BsTestRun) run = { 0 };
  g_auto(BsTestRun) new_team = { 0 };
  BsRespondent *eva, *piet, *anonymous;
  BsTeam *t;

  bs_test_run_cli (&run, "import-responses", csv, "-o", team, NULL);
  g_assert_cmpstr (run.out, ==, "Added 3 respondents; the team now has 15.\n");
  g_assert_nonnull (strstr (run.err, "skipped the row without any answer: 6\n"));
  g_assert_cmpint (run.status, ==, 0);

  a = load (team);
  t = bs_assessment_get_team (a);
  eva = bs_team_find_respondent (t, "Eva Jansen", "student");
  piet = bs_team_find_respondent (t, "Smit, Piet", "teacher");
  g_assert_nonnull (eva);
  g_assert_nonnull (piet);
  g_assert_cmpint (bs_respondent_get_value (eva, "programme.flexibility.2"), ==, 3);
  g_assert_cmpint (bs_respondent_get_value (eva, "programme.flexibility.1"), ==, 2);
  g_assert_cmpint (bs_respondent_get_value (eva, "programme.experience.1"), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (bs_respondent_get_value (piet, "programme.flexibility.1"), ==, BS_VALUE_UNKNOWN);
  g_assert_cmpint (bs_respondent_get_value (piet, "programme.design-process.1"), ==, BS_VALUE_NONE);
  g_assert_null (bs_team_find_respondent (t, "Leeg", "teacher"));
  {
    g_autoptr(BsRespondent) last = g_list_model_get_item (bs_team_get_respondents (t), 14);

    anonymous = last;
    g_assert_null (bs_respondent_get_name (anonymous));
    g_assert_cmpstr (bs_respondent_get_role (anonymous), ==, "support-staff");
    g_assert_cmpint (bs_respondent_get_value (anonymous, "programme.flexibility.2"), ==, BS_VALUE_NOT_APPLICABLE);
  }
  /* The team's own work is kept. */
  g_assert_cmpuint (bs_team_get_n_agreed (t), ==, bs_team_get_n_agreed (bs_assessment_get_team (before)));
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_actions (a)), ==, 2);

  /* A new team file from the assessment the questionnaire was made from. */
  {
    g_autofree char *example = bs_test_example_path (TEAM_EXAMPLE);

    bs_test_run_cli (&new_team, "import-responses", csv, "-o", fresh, "--assessment", example, NULL);
    g_assert_cmpstr (new_team.out, ==, "Added 3 respondents; the team now has 3.\n");
    g_assert_cmpint (new_team.status, ==, 0);
    b = load (fresh);
    g_assert_cmpstr (bs_assessment_get_unit (b), ==, bs_assessment_get_unit (before));
    g_assert_cmpuint (bs_team_get_n_agreed (bs_assessment_get_team (b)), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_actions (b)), ==, 0);
  }

  remove_tree (tmp);
}

/* The template blank --format csv writes, filled in, comes back. */
static void
test_import_template (void)
{
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *team = copy_example (tmp, TEAM_EXAMPLE, "team.blendscan");
  g_autofree char *names = write_file (tmp, "names.csv", "Nina,student\nOscar,external\n");
  g_autofree char *out = g_build_filename (tmp, "csv", NULL);
  g_autofree char *template = g_build_filename (out, "questionnaire.csv", NULL);
  g_autofree char *filled = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BsAssessment) a = NULL;
  g_auto(BsTestRun) blank = { 0 };
  g_auto(BsTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  BsRespondent *oscar;

  bs_test_run_cli (&blank, "blank", team, "-o", out, "--names", names, "--format", "csv", "--lang", "nl", NULL);
  g_assert_cmpint (blank.status, ==, 0);
  bytes = bs_test_read_bytes (template);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  /* Header and text rows as they are; each respondent answers 4 to all. */
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      if (g_str_has_prefix (lines[i], "Nina,") || g_str_has_prefix (lines[i], "Oscar,"))
        {
          g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);

          g_assert_cmpuint (g_strv_length (cells), ==, 2 + 19);
          for (guint j = 2; cells[j] != NULL; j++)
            {
              g_assert_cmpstr (cells[j], ==, "");
              g_free (cells[j]);
              cells[j] = g_strdup ("4");
            }
          {
            g_autofree char *row = g_strjoinv (",", cells);

            g_string_append_printf (text, "%s\n", row);
          }
          continue;
        }
      g_string_append (text, lines[i]);
      g_string_append_c (text, '\n');
    }
  filled = write_file (tmp, "filled.csv", text->str);

  bs_test_run_cli (&run, "import-responses", filled, "-o", team, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "Added 2 respondents; the team now has 14.\n");
  a = load (team);
  oscar = bs_team_find_respondent (bs_assessment_get_team (a), "Oscar", "external");
  g_assert_nonnull (oscar);
  g_assert_cmpuint (bs_respondent_get_n_answers (oscar), ==, 19);
  g_assert_cmpint (bs_respondent_get_value (oscar, "programme.experience.5"), ==, 4);

  remove_tree (tmp);
}

/* Every refusal names the file, the row and (for a cell) the column, and
 * nothing is written. */
static void
test_import_refused (void)
{
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *team = copy_example (tmp, TEAM_EXAMPLE, "team.blendscan");
  g_autofree char *fresh = g_build_filename (tmp, "fresh.blendscan", NULL);
  g_autofree char *example = bs_test_example_path (TEAM_EXAMPLE);
  g_autoptr(GBytes) before = bs_test_read_bytes (team);
  static const struct {
    const char *csv;
    const char *expected;
  } cases[] = {
    { "name,role,programme.flexibility.1,Timestamp\nA,student,2,\n",
      "bad.csv”, row 1, column D (“Timestamp”): not a statement of the framework “blendscan-embed”" },
    { "name,role,programme.flexibilty.1\nA,student,2\n",
      "bad.csv”, row 1, column C (“programme.flexibilty.1”): not a statement" },
    { "name,role,course.flexibility.1\nA,student,2\n",
      "bad.csv”, row 1, column C (“course.flexibility.1”): a statement of the level “course”, which the team assessment does not include" },
    { "name,role,programme.flexibility.1,programme.flexibility.1\nA,student,2,3\n",
      "bad.csv”, row 1, column D (“programme.flexibility.1”): column C has the same heading" },
    { "name,programme.flexibility.1\nA,2\n",
      "bad.csv”, row 1: the first row names the columns" },
    { "name,role,programme.flexibility.1\nA,student,2\nB,student,5\n",
      "bad.csv”, row 3, column C (“programme.flexibility.1”): “5” is not an answer; use a stage from 1 to 4" },
    { "name,role,programme.flexibility.1\nA,student,0\n",
      "bad.csv”, row 2, column C (“programme.flexibility.1”): “0” is not an answer" },
    { "name,role,programme.flexibility.1\nA,student,2.5\n",
      "row 2, column C (“programme.flexibility.1”): “2.5” is not an answer" },
    { "name,role,programme.flexibility.1\nA,student,yes\n",
      "row 2, column C (“programme.flexibility.1”): “yes” is not an answer" },
    { "name,role,programme.flexibility.1\n#text,,\"A statement\non two lines\"\nA,chef,2\n",
      "bad.csv”, row 3, column B (“role”): unknown role “chef”; use one of: teacher, student," },
    { "name,role,programme.flexibility.1\nAnna,student,2\nB,teacher,3\n anna ,Student,4\n",
      "bad.csv”, row 4: “anna” (student) is on row 2 already; give each respondent once" },
    { "name,role,programme.flexibility.1\nMirjam Kok,docent,2\n",
      "bad.csv”, row 2, column B (“role”): “Mirjam Kok” (teacher) is a respondent of the team already" },
    { "name,role,programme.flexibility.1\nA,student,2,3\n",
      "bad.csv”, row 2, column D: a value in a column without a heading" },
    { "name,role,programme.flexibility.1\n\"A\tB\",student,2\n",
      "bad.csv”, row 2, column A (“name”): the name holds a control character" },
    { "name,role,programme.flexibility.1\n\"A,student,2\n",
      "bad.csv”, row 2: a quoted field has no closing quote" },
    { "name,role,programme.flexibility.1\nA,student,\n",
      "bad.csv” has no row with an answer" },
    { "\n\n",
      "bad.csv” is empty" },
    { "name,role,programme.flexibility.1\nA,student,\xff\n",
      "bad.csv”, row 2: the line is not valid UTF-8 text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *csv = write_file (tmp, "bad.csv", cases[i].csv);
      g_auto(BsTestRun) run = { 0 };
      g_auto(BsTestRun) made = { 0 };

      g_test_message ("case %u", i);
      bs_test_run_cli (&run, "import-responses", csv, "-o", team, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      if (strstr (run.err, cases[i].expected) == NULL)
        g_error ("case %u: %s", i, run.err);
      g_assert_nonnull (strstr (run.err, "Nothing was written."));
      assert_unchanged (team, before);

      /* Nor is a new team file made (which has no one in it yet). */
      if (strstr (cases[i].expected, "of the team already") != NULL)
        continue;
      bs_test_run_cli (&made, "import-responses", csv, "-o", fresh, "--assessment", example, NULL);
      g_assert_cmpint (made.status, ==, 1);
      g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
    }

  /* Usage: a new team needs --assessment; -o is never an input. */
  {
    g_autofree char *csv = write_file (tmp, "good.csv", "name,role,programme.flexibility.1\nA,student,2\n");
    g_auto(BsTestRun) no_source = { 0 };
    g_auto(BsTestRun) no_output = { 0 };
    g_auto(BsTestRun) over_input = { 0 };
    g_auto(BsTestRun) over_csv = { 0 };

    bs_test_run_cli (&no_source, "import-responses", csv, "-o", fresh, NULL);
    g_assert_cmpint (no_source.status, ==, 2);
    g_assert_nonnull (strstr (no_source.err, "--assessment FILE"));
    g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

    bs_test_run_cli (&no_output, "import-responses", csv, NULL);
    g_assert_cmpint (no_output.status, ==, 2);

    bs_test_run_cli (&over_input, "import-responses", csv, "-o", team, "--assessment", team, NULL);
    g_assert_cmpint (over_input.status, ==, 2);
    g_assert_nonnull (strstr (over_input.err, "would destroy that file"));

    bs_test_run_cli (&over_csv, "import-responses", csv, "-o", csv, "--assessment", example, NULL);
    g_assert_cmpint (over_csv.status, ==, 2);
    assert_unchanged (team, before);
  }

  remove_tree (tmp);
}

/* The core reader the app will use: rows, skipped rows, the team left
 * alone until bs_team_csv_add(), and an add that is refused as a whole. */
static void
test_csv_core (void)
{
  g_autofree char *example = bs_test_example_path (TEAM_EXAMPLE);
  g_autoptr(BsAssessment) team = load (example);
  g_autoptr(BsTeamCsv) csv = NULL;
  g_autoptr(BsTeamCsv) again = NULL;
  g_autoptr(GError) error = NULL;
  const guint *skipped;
  guint n_skipped;

  csv = bs_team_csv_read (team, survey, strlen (survey), "survey.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bs_team_csv_get_n_respondents (csv), ==, 3);
  g_assert_cmpuint (bs_team_csv_get_row (csv, 0), ==, 3);
  g_assert_cmpuint (bs_team_csv_get_row (csv, 1), ==, 5);
  g_assert_cmpuint (bs_team_csv_get_row (csv, 2), ==, 7);
  skipped = bs_team_csv_get_skipped (csv, &n_skipped);
  g_assert_cmpuint (n_skipped, ==, 1);
  g_assert_cmpuint (skipped[0], ==, 6);
  g_assert_cmpstr (bs_respondent_get_name (bs_team_csv_get_respondent (csv, 1)), ==, "Smit, Piet");
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 12);

  /* Read twice before either is added: the second add finds the same
   * people in the team and adds none of its rows. */
  again = bs_team_csv_read (team, survey, strlen (survey), "survey.csv", &error);
  g_assert_no_error (error);
  g_assert_true (bs_team_csv_add (csv, team, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 15);
  g_assert_false (bs_team_csv_add (again, team, &error));
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE);
  g_assert_true (g_str_has_prefix (error->message, "“survey.csv”, row 3: "));
  g_assert_cmpuint (bs_team_get_n_respondents (bs_assessment_get_team (team)), ==, 15);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/team/merge/new", test_merge_new);
  g_test_add_func ("/cli/team/merge/again", test_merge_again);
  g_test_add_func ("/cli/team/merge/refused", test_merge_refused);
  g_test_add_func ("/cli/team/merge/usage", test_merge_usage);
  g_test_add_func ("/cli/team/merge/200-respondents", test_merge_200);
  g_test_add_func ("/cli/team/score/table", test_score_table);
  g_test_add_func ("/cli/team/score/csv", test_score_csv);
  g_test_add_func ("/cli/team/score/json", test_score_json);
  g_test_add_func ("/cli/team/import/example", test_import_example);
  g_test_add_func ("/cli/team/import/template", test_import_template);
  g_test_add_func ("/cli/team/import/refused", test_import_refused);
  g_test_add_func ("/cli/team/import/core", test_csv_core);

  return g_test_run ();
}
