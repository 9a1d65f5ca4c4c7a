/* test-cli-blank.c: blendscan-cli blank: the questionnaires it writes and every line it refuses
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

static char *
write_file (const char *dir,
            const char *name,
            const char *text,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);

  return path;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names of the files in @dir, sorted; "" when none or no folder. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return g_strdup ("");
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
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

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
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

/* One respondent file per line of the names file: a header, blank lines,
 * quotes, a Dutch role name and a line without a role are all fine. */
static void
test_xml_names (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (tmp, "out", "round-1", NULL);
  g_autofree char *names = write_file (tmp, "names.csv",
                                       "\xEF\xBB\xBF" "name,role\r\n"
                                       "Anna de Vries,teacher\r\n"
                                       "\r\n"
                                       "\"Bakker, Jan\",Student\r\n"
                                       "José Núñez,Ondersteunend personeel\r\n"
                                       "Anna  de-Vries,programme management\r\n"
                                       "Kim\r\n", -1);
  g_auto(BsTestRun) run = { 0 };
  g_auto(BsTestRun) validate = { 0 };
  g_autofree char *listing = NULL;
  static const struct {
    const char *file;
    const char *name;
    const char *role;
  } expected[] = {
    { "anna-de-vries.blendscan", "Anna de Vries", "teacher" },
    { "bakker-jan.blendscan", "Bakker, Jan", "student" },
    { "jose-nunez.blendscan", "José Núñez", "support-staff" },
    { "anna-de-vries-2.blendscan", "Anna  de-Vries", "programme-management" },
    { "kim.blendscan", "Kim", NULL },
  };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);

  bs_test_run_cli (&run, "blank", example, "-o", out, "--names", names, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  listing = list_dir (out);
  g_assert_cmpstr (listing, ==, "anna-de-vries-2.blendscan anna-de-vries.blendscan bakker-jan.blendscan "
                                "jose-nunez.blendscan kim.blendscan");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_build_filename (out, expected[i].file, NULL);
      BsAssessment *a = load (path);

      g_ptr_array_add (loaded, a);
      g_assert_nonnull (strstr (run.out, path));
      g_assert_true (bs_assessment_is_respondent_file (a));
      g_assert_cmpstr (bs_assessment_get_respondent_name (a), ==, expected[i].name);
      if (expected[i].role != NULL)
        g_assert_cmpstr (bs_assessment_get_respondent_role (a), ==, expected[i].role);
      g_assert_cmpstr (bs_assessment_get_unit (a), ==, "Bachelor Communicatie (voltijd en deeltijd), Academie voor Communicatie & Media");
      g_assert_cmpuint (g_strv_length ((char **) bs_assessment_get_levels (a)), ==, 3);
      g_assert_null (bs_assessment_lookup_answer (a, "course.flexibility.1"));
      g_assert_true (g_hash_table_add (ids, (char *) bs_assessment_get_respondent_id (a)));

      bs_test_run_clear (&validate);
      bs_test_run_cli (&validate, "validate", path, NULL);
      g_assert_cmpint (validate.status, ==, 0);
    }

  remove_tree (tmp);
}

/* --respondents N: N anonymous respondent files, each with its own id. */
static void
test_xml_respondents (void)
{
  g_autofree char *example = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_auto(BsTestRun) run = { 0 };
  g_autofree char *listing = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  bs_test_run_cli (&run, "blank", example, "-o", tmp, "--respondents", "3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  listing = list_dir (tmp);
  g_assert_cmpstr (listing, ==, "respondent-1.blendscan respondent-2.blendscan respondent-3.blendscan");
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *base = g_strdup_printf ("respondent-%u.blendscan", i);
      g_autofree char *path = g_build_filename (tmp, base, NULL);
      g_autoptr(BsAssessment) a = load (path);

      g_assert_true (bs_assessment_is_respondent_file (a));
      g_assert_true (g_hash_table_add (ids, g_strdup (bs_assessment_get_respondent_id (a))));
    }

  remove_tree (tmp);
}

/* Every bad line is refused with the file and its line, and nothing is
 * written: not even the folder. */
static void
test_names_refused (void)
{
  static const struct {
    const char *text;
    gssize      length;
    const char *message;
  } cases[] = {
    { "name,role\nAnna,teacher\n,student\n", -1, "line 3: the name is missing" },
    { "Anna,teacher\n   ,\tteacher\n", -1, "line 2: the name is missing" },
    { "Anna,teacher\nPiet,chef\n", -1, "line 2: unknown role “chef”; use one of: teacher, student" },
    { "Anna,teacher\n\nanna ,Docent\n", -1, "line 3: “anna” is already on line 1" },
    { "Anna,teacher\nPi\xFF" "et,student\n", -1, "line 2: the line is not valid UTF-8 text" },
    { "Anna,teacher\nPiet\0,student\n", 24, "line 2: the line is not valid UTF-8 text" },
    { "Anna,teacher\n\"Pi\tet\",student\n", -1, "line 2: the line holds a control character" },
    { "Anna,teacher\n\"Pi\net\",student\n", -1, "line 2: the line holds a control character" },
    { "Anna,teacher\nPiet,student,extra\n", -1, "line 2: a line holds a name and a role" },
    { "Anna,teacher\n\"Piet,student\n", -1, "line 2: a quoted field has no closing quote" },
    { "Anna,teacher\n\"Piet\"x,student\n", -1, "line 2: text follows the closing quote" },
    { "name,role\n\n\n", -1, "has no names" },
    { "", 0, "has no names" },
  };
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *tmp = bs_test_make_tmpdir ();
      g_autofree char *out = g_build_filename (tmp, "out", NULL);
      g_autofree char *names = write_file (tmp, "names.csv", cases[i].text, cases[i].length);
      g_autofree char *expected = g_strdup_printf ("“%s”", names);
      const char *formats[] = { "xml", "csv", "pdf" };

      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_auto(BsTestRun) run = { 0 };

          bs_test_run_cli (&run, "blank", example, "-o", out, "--names", names, "--format", formats[f], NULL);
          if (strstr (run.err, cases[i].message) == NULL || strstr (run.err, expected) == NULL)
            g_error ("case %u (%s): “%s” does not say “%s”", i, formats[f], run.err, cases[i].message);
          g_assert_cmpint (run.status, ==, 1);
          g_assert_cmpstr (run.out, ==, "");
          g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
        }
      remove_tree (tmp);
    }
}

static void
test_usage (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (tmp, "out", NULL);
  g_autofree char *names = write_file (tmp, "names.csv", "Anna,teacher\n", -1);
  static const struct {
    const char *args[6];
    const char *message;
  } cases[] = {
    { { "--respondents", "2" }, "-o DIR" },
    { { "-o", "OUT" }, "--respondents N or --names FILE" },
    { { "-o", "OUT", "--respondents", "0" }, "--respondents N or --names FILE" },
    { { "-o", "OUT", "--respondents", "-1" }, "from 1 to 10000" },
    { { "-o", "OUT", "--respondents", "10001" }, "from 1 to 10000" },
    { { "-o", "OUT", "--respondents", "2", "--names", "NAMES" }, "not both" },
    { { "-o", "OUT", "--respondents", "2", "--format", "docx" }, "unknown format “docx”" },
    { { "-o", "OUT", "--respondents", "2", "--lang", "fr" }, "unknown language" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_auto(BsTestRun) run = { 0 };
      const char *a[10] = { NULL };

      g_ptr_array_add (argv, (char *) "blank");
      g_ptr_array_add (argv, example);
      for (guint j = 0; j < G_N_ELEMENTS (cases[i].args) && cases[i].args[j] != NULL; j++)
        g_ptr_array_add (argv, (char *) (g_str_equal (cases[i].args[j], "OUT") ? out :
                                         g_str_equal (cases[i].args[j], "NAMES") ? names : cases[i].args[j]));
      for (guint j = 0; j < argv->len; j++)
        a[j] = g_ptr_array_index (argv, j);
      bs_test_run_cli (&run, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], NULL);
      if (strstr (run.err, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, run.err, cases[i].message);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  remove_tree (tmp);
}

/* A second round into the same folder is refused, unless --force; an
 * input is never written over, not even with --force. */
static void
test_no_overwrite (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *names = write_file (tmp, "names.csv", "Anna,teacher\nBram,student\n", -1);
  g_autofree char *anna = g_build_filename (tmp, "anna.blendscan", NULL);
  g_autofree char *bram = g_build_filename (tmp, "bram.blendscan", NULL);
  g_autofree char *copy = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(BsTestRun) first = { 0 };
  g_auto(BsTestRun) again = { 0 };
  g_auto(BsTestRun) forced = { 0 };
  g_auto(BsTestRun) over_input = { 0 };
  g_auto(BsTestRun) not_dir = { 0 };

  bs_test_run_cli (&first, "blank", example, "-o", tmp, "--names", names, NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (g_file_get_contents (anna, &before, NULL, NULL));
  g_unlink (bram);

  bs_test_run_cli (&again, "blank", example, "-o", tmp, "--names", names, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "anna.blendscan"));
  g_assert_nonnull (strstr (again.err, "--force"));
  g_assert_true (g_file_get_contents (anna, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  /* Nothing written: not the file that was not there either. */
  g_assert_false (g_file_test (bram, G_FILE_TEST_EXISTS));

  bs_test_run_cli (&forced, "blank", example, "-o", tmp, "--names", names, "--force", NULL);
  g_assert_cmpint (forced.status, ==, 0);
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (anna, &after, NULL, NULL));
  /* A new respondent id. */
  g_assert_cmpstr (before, !=, after);
  g_assert_true (g_file_test (bram, G_FILE_TEST_EXISTS));

  /* The assessment is anna.blendscan in the folder: never replaced. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (example, &contents, &length, NULL));
    copy = write_file (tmp, "anna.blendscan", contents, length);
  }
  bs_test_run_cli (&over_input, "blank", copy, "-o", tmp, "--names", names, "--force", NULL);
  g_assert_cmpint (over_input.status, ==, 2);
  g_assert_nonnull (strstr (over_input.err, "would destroy"));
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (copy, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "<answers>"));

  bs_test_run_cli (&not_dir, "blank", example, "-o", names, "--respondents", "1", NULL);
  g_assert_cmpint (not_dir.status, ==, 1);
  g_assert_nonnull (strstr (not_dir.err, "is not a folder"));

  remove_tree (tmp);
}

/* A file that cannot be written half-way takes back the ones written
 * before it; a target that is a folder is refused before any is written. */
static void
test_write_fails (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (tmp, "out", NULL);
  g_autofree char *names = write_file (tmp, "names.csv", "Anna,teacher\nBram,student\nCor,other\n", -1);
  g_autofree char *anna = g_build_filename (out, "anna.blendscan", NULL);
  g_autofree char *bram = g_build_filename (out, "bram.blendscan", NULL);
  g_autofree char *cor = g_build_filename (out, "cor.blendscan", NULL);
  g_auto(BsTestRun) dangling = { 0 };
  g_auto(BsTestRun) folder = { 0 };

  g_assert_cmpint (g_mkdir (out, 0755), ==, 0);
  /* A link into a folder that is not there: it passes the checks (no
   * file is there) but cannot be written. */
  g_assert_cmpint (symlink ("/nonexistent-blendscan-test/x.blendscan", bram), ==, 0);
  bs_test_run_cli (&dangling, "blank", example, "-o", out, "--names", names, NULL);
  g_assert_cmpint (dangling.status, ==, 1);
  g_assert_nonnull (strstr (dangling.err, "bram.blendscan"));
  g_assert_false (g_file_test (anna, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (cor, G_FILE_TEST_EXISTS));
  g_unlink (bram);

  g_assert_cmpint (g_mkdir (bram, 0755), ==, 0);
  bs_test_run_cli (&folder, "blank", example, "-o", out, "--names", names, "--force", NULL);
  g_assert_cmpint (folder.status, ==, 1);
  g_assert_nonnull (strstr (folder.err, "bram.blendscan"));
  g_assert_false (g_file_test (anna, G_FILE_TEST_EXISTS));

  remove_tree (tmp);
}

/* The CSV template, exactly: both header rows, then a row per name. */
static void
test_csv (void)
{
  g_autofree char *assessment = bs_test_fixture_path ("small-team.blendscan");
  g_autofree char *framework = bs_test_fixture_path ("framework-small.xml");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *names = write_file (tmp, "names.csv", "name,role\n\"Vries, Anna de\",docent\nBram,\n", -1);
  g_autofree char *csv_path = g_build_filename (tmp, "out", "questionnaire.csv", NULL);
  g_autofree char *out = g_build_filename (tmp, "out", NULL);
  g_autofree char *csv = NULL;
  g_auto(BsTestRun) plain = { 0 };
  g_auto(BsTestRun) named = { 0 };
  g_auto(BsTestRun) again = { 0 };

  bs_test_run_cli (&plain, "blank", assessment, "--framework", framework, "-o", out, "--format", "csv",
                   "--lang", "en", NULL);
  g_assert_cmpint (plain.status, ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_cmpstr (csv, ==,
                   "name,role,unit.alpha.1,unit.alpha.2,unit.beta.1,unit.beta.2,unit.gamma.1,unit.gamma.2\n"
                   "#text,,Statement 1 of alpha,Statement 2 of alpha,Statement 1 of beta,Statement 2 of beta,"
                   "Statement 1 of gamma,Statement 2 of gamma\n");

  bs_test_run_cli (&again, "blank", assessment, "--framework", framework, "-o", out, "--format", "csv", NULL);
  g_assert_cmpint (again.status, ==, 1);

  bs_test_run_cli (&named, "blank", assessment, "--framework", framework, "-o", out, "--format", "csv",
                   "--lang", "nl", "--names", names, "--force", NULL);
  g_assert_cmpint (named.status, ==, 0);
  g_clear_pointer (&csv, g_free);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_cmpstr (csv, ==,
                   "name,role,unit.alpha.1,unit.alpha.2,unit.beta.1,unit.beta.2,unit.gamma.1,unit.gamma.2\n"
                   "#text,,Stelling 1 van alpha,Stelling 2 van alpha,Stelling 1 van beta,Stelling 2 van beta,"
                   "Stelling 1 van gamma,Stelling 2 van gamma\n"
                   "\"Vries, Anna de\",teacher,,,,,,\n"
                   "Bram,,,,,,,\n");

  remove_tree (tmp);
}

/* A second round for the same team (a late respondent): nobody who is in
 * the team already, in the same role, gets a questionnaire. */
static void
test_team_member (void)
{
  g_autofree char *team = bs_test_fixture_path ("small-team-answered.blendscan");
  g_autofree char *framework = bs_test_fixture_path ("framework-small.xml");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (tmp, "out", NULL);
  g_autofree char *again = write_file (tmp, "again.csv", "name,role\nBram,student\nanna de vries ,Docent\n", -1);
  g_autofree char *other_role = write_file (tmp, "other.csv", "name,role\nBram,student\nAnna de Vries,student\n", -1);
  g_autofree char *expected = g_strdup_printf ("“%s”, line 3: anna de vries is a respondent of “%s” already", again, team);
  g_autofree char *listing = NULL;
  g_auto(BsTestRun) refused = { 0 };
  g_auto(BsTestRun) fine = { 0 };

  bs_test_run_cli (&refused, "blank", team, "--framework", framework, "-o", out, "--names", again, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, expected));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  bs_test_run_cli (&fine, "blank", team, "--framework", framework, "-o", out, "--names", other_role, NULL);
  g_assert_cmpint (fine.status, ==, 0);
  listing = list_dir (out);
  g_assert_cmpstr (listing, ==, "anna-de-vries.blendscan bram.blendscan");

  remove_tree (tmp);
}

/* The file names made from names: ASCII, lower case, unique. */
static void
test_file_names (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *tmp = bs_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (tmp, "out", NULL);
  g_autofree char *names = write_file (tmp, "names.csv",
                                       "Ö. Çelik\n../../etc/passwd\n王小明\n--\nrespondent-3\nÖ Celik\n", -1);
  g_auto(BsTestRun) run = { 0 };
  g_autofree char *listing = NULL;

  bs_test_run_cli (&run, "blank", example, "-o", out, "--names", names, NULL);
  g_assert_cmpint (run.status, ==, 0);
  listing = list_dir (out);
  g_assert_cmpstr (listing, ==, "etc-passwd.blendscan o-celik-2.blendscan o-celik.blendscan "
                                "respondent-3-2.blendscan respondent-3.blendscan respondent-4.blendscan");

  remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/blank/xml-names", test_xml_names);
  g_test_add_func ("/cli/blank/xml-respondents", test_xml_respondents);
  g_test_add_func ("/cli/blank/names-refused", test_names_refused);
  g_test_add_func ("/cli/blank/usage", test_usage);
  g_test_add_func ("/cli/blank/no-overwrite", test_no_overwrite);
  g_test_add_func ("/cli/blank/write-fails", test_write_fails);
  g_test_add_func ("/cli/blank/csv", test_csv);
  g_test_add_func ("/cli/blank/file-names", test_file_names);
  g_test_add_func ("/cli/blank/team-member", test_team_member);

  return g_test_run ();
}
