/* test-report-team.c: the report of a team assessment, and that of one person unchanged by it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-report.h"
#include "bs-test-cli.h"
#include "bs-test-common.h"
#include "bs-test-pdf.h"

#define TEAM_EXAMPLE "team-bedrijfskunde.blendscan"

/* Respondents of the example whose names are nowhere else in it (not
 * among the participants, nor in a rationale, dissent or note). */
static const char * const hidden_names[] = {
  "Dennis Brouwer", "Jeroen Visser", "Eva Dekker", "Tim de Graaf",
};

/* The reports of one person's assessments, as they were before team
 * reports existed: tests/fixtures/report/NAME-LANG.txt hold their text
 * (bs_test_pdf_document_text()), made with the code of before. Set
 * BS_UPDATE_REPORT_TEXT=1 to write them anew after a deliberate change. */
static const char * const unchanged[] = {
  "marketingcommunicatie", "digicoaches",
};

static char *
report_text (BsAssessment          *a,
             const char            *lang,
             const BsReportOptions *options,
             const char            *dir,
             const char            *name,
             int                   *n_pages)
{
  g_autoptr(BsReport) report = bs_report_new_full (a, lang, options);
  g_autoptr(PopplerDocument) doc = bs_test_pdf_write_and_open (report, dir, name);

  bs_test_pdf_assert_inside_margins (doc);
  if (n_pages != NULL)
    *n_pages = poppler_document_get_n_pages (doc);

  return bs_test_pdf_document_text (doc);
}

/* The part of @text from @start up to @end (or to its end). */
static char *
between (const char *text,
         const char *start,
         const char *end)
{
  const char *from = strstr (text, start);
  const char *to;

  if (from == NULL)
    g_error ("“%s” not found in the report", start);
  to = end != NULL ? strstr (from + strlen (start), end) : NULL;

  return to != NULL ? g_strndup (from, to - from) : g_strdup (from);
}

/* poppler runs the cells of a table row together: compared without any
 * white space. */
static void
assert_contains_cells (const char *text,
                       const char *needle)
{
  g_autofree char *text_chars = bs_test_pdf_strip_space (text);
  g_autofree char *needle_chars = bs_test_pdf_strip_space (needle);

  if (strstr (text_chars, needle_chars) == NULL)
    g_error ("“%s” not found in the report: %s", needle, text);
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* The contents list the team's sections; the section counts the example's
 * respondents per role, twelve in four roles, and never names them. */
static void
test_sections (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example (TEAM_EXAMPLE);
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *text = report_text (a, "en", NULL, dir, "team.pdf", NULL);
  g_autofree char *contents = between (text, "Contents", "Page 2 of");
  g_autofree char *team = between (text, "The team Respondents", "Design process Score:");

  bs_test_pdf_assert_contains (contents, "The team");
  bs_test_pdf_assert_contains (contents, "Respondents");
  bs_test_pdf_assert_contains (contents, "Spread per dimension");
  bs_test_pdf_assert_contains (contents, "Most disagreement");
  g_assert_true (strstr (contents, "Summary") < strstr (contents, "The team"));
  g_assert_true (strstr (contents, "The team") < strstr (contents, "Design process"));

  bs_test_pdf_assert_contains (team, "12 respondents in 4 roles");
  assert_contains_cells (team, "Role Respondents Teacher 5 Student 4 Programme management 2 Support staff 1 Total 12");
  /* The spread table: every dimension, with the number of respondents
   * who have a score of their own for it. */
  assert_contains_cells (team, "Design process 12 2.3 1.5–3.2 0.5");
  assert_contains_cells (team, "Flexibility 12 2.1 1.0–3.2 0.6");
  assert_contains_cells (team, "Experience 12 2.4 1.3–3.0 0.5");

  for (guint i = 0; i < G_N_ELEMENTS (hidden_names); i++)
    g_assert_null (strstr (text, hidden_names[i]));
  g_assert_null (strstr (team, "Names"));

  bs_test_pdf_remove_tree (dir);
}

/* The flagged statements, largest disagreement first, each with its
 * distribution (the legend counts the answers per role), what the team
 * agreed and the respondents' notes, by role. */
static void
test_disagreement (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example (TEAM_EXAMPLE);
  g_autoptr(BsTeamStats) stats = bs_team_stats_new (a);
  g_autoptr(GPtrArray) sorted = bs_team_stats_by_disagreement (stats, NULL);
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *text = report_text (a, "en", NULL, dir, "team.pdf", NULL);
  g_autofree char *section = between (text, "Most disagreement The statements", "Programme level Design process");
  guint n_flagged = 0;
  const char *previous = section;

  for (guint i = 0; i < sorted->len; i++)
    {
      BsStatement *statement = g_ptr_array_index (sorted, i);
      const BsTeamStat *stat = bs_team_stats_statement (stats, bs_statement_get_id (statement), NULL);
      g_autofree char *heading = NULL;
      const char *at;

      if (!stat->disagreement)
        {
          /* Not flagged: not in this section. */
          g_assert_null (strstr (section, bs_statement_get_text_text (statement, "en")));
          continue;
        }
      n_flagged++;
      heading = g_strdup_printf ("%u. %s", n_flagged, bs_statement_get_text_text (statement, "en"));
      at = strstr (section, heading);
      if (at == NULL)
        g_error ("flagged “%s” not in the section: %s", heading, section);
      /* In the order of the meeting. */
      g_assert_true (at >= previous);
      previous = at;
    }
  /* The example has real disagreement, but not on everything. */
  g_assert_cmpuint (n_flagged, >=, 2);
  g_assert_cmpuint (n_flagged, <=, 10);

  /* A chart per flagged statement: its legend, its columns. */
  g_assert_cmpuint (count (section, "Respondents’ mean"), ==, n_flagged);
  g_assert_cmpuint (count (section, "Not applicable"), ==, n_flagged);
  bs_test_pdf_assert_contains (section, "Teacher (5)");
  bs_test_pdf_assert_contains (section, "Support staff (1)");
  bs_test_pdf_assert_contains (section, "Mean per role: Teacher");
  bs_test_pdf_assert_contains (section, "8 stages from 1 to 4 · mean 2.5 · SD 1.1 · 4 don’t know");

  /* What the team agreed on programme.design-process.3, the largest. */
  bs_test_pdf_assert_contains (section, "1. Course teams design blended courses");
  bs_test_pdf_assert_contains (section, "Agreed score: 2 – Developing");
  bs_test_pdf_assert_contains (section, "Rationale: De ontwerpprincipes zijn vastgesteld");
  bs_test_pdf_assert_contains (section, "Dissent: Fatima El Amrani en Sanne Hoekstra zien voor hun eigen teams een 4: daar wordt elke herziening");
  bs_test_pdf_assert_contains (section, "Respondents’ notes Teacher: In ons cursusteam (jaar 2)");

  bs_test_pdf_remove_tree (dir);
}

/* The agreed scores with rationale and dissent on the dimension pages,
 * and every score says whether it is agreed or the respondents' mean. */
static void
test_agreed (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example (TEAM_EXAMPLE);
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *text = report_text (a, "en", NULL, dir, "team.pdf", NULL);
  g_autofree char *summary = between (text, "Summary A self-assessment", "The team Respondents");
  g_autofree char *design = between (text, "Programme level Design process Score:", "Programme level Flexibility");
  g_autofree char *flexibility = between (text, "Programme level Flexibility Score:", "Programme level Experience");
  BsScore level_score;

  bs_score_level (a, bs_framework_lookup_level (bs_assessment_get_framework (a), "programme"), &level_score);
  g_assert_cmpuint (level_score.from_agreed, ==, 7);
  bs_test_pdf_assert_contains (summary, "Level score: 2.3 · 19 of 19 statements answered (19 scored) · 7 agreed by the team, 12 respondents’ mean");
  bs_test_pdf_assert_contains (summary, "A score is the stage the team agreed on where it did");

  bs_test_pdf_assert_contains (design, "Score: 2.4 · 6 of 6 statements answered (6 scored) · 2 agreed by the team, 4 respondents’ mean");
  bs_test_pdf_assert_contains (design, "Agreed score: 3 – Embedded");
  bs_test_pdf_assert_contains (design, "Rationale: De visie op blended leren staat in het opleidingsplan 2025");
  bs_test_pdf_assert_contains (design, "Score: 2.0 (mean of 12 respondents) · not agreed yet");
  bs_test_pdf_assert_contains (design, "Respondents: 12 stages from 1 to 3 · mean 2.0 · SD 0.6");
  /* The rubric of the agreed stage. */
  bs_test_pdf_assert_contains (design, "What this stage looks like");

  /* Dissent; and a rationale on a statement not agreed yet. */
  bs_test_pdf_assert_contains (flexibility, "Dissent: Het opleidingsmanagement (Ruud Meijer, Ingrid Postma) ziet een 4");
  bs_test_pdf_assert_contains (flexibility, "not agreed yet Respondents:");
  bs_test_pdf_assert_contains (flexibility, "Rationale: Niet besloten: eerst de roosterdata");
  /* Every statement has its score from the team. */
  g_assert_null (strstr (design, "Not answered"));
  g_assert_null (strstr (flexibility, "Not answered"));

  bs_test_pdf_remove_tree (dir);
}

/* Names only when the coordinator asks: per role in the respondents'
 * section and beside their notes. Renamed respondents prove that no name
 * comes out anywhere else. */
static void
test_names (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example (TEAM_EXAMPLE);
  GListModel *respondents = bs_team_get_respondents (bs_assessment_get_team (a));
  BsReportOptions with_names = { .respondent_names = TRUE };
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *hidden = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *en = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(BsRespondent) r = g_list_model_get_item (respondents, i);
      g_autofree char *name = g_strdup_printf ("Qzx%02uJ", i);

      bs_respondent_set_name (r, name);
    }

  hidden = report_text (a, "nl", NULL, dir, "hidden.pdf", NULL);
  shown = report_text (a, "nl", &with_names, dir, "shown.pdf", NULL);
  g_assert_null (strstr (hidden, "Qzx"));
  g_assert_null (strstr (hidden, "Namen"));
  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autofree char *name = g_strdup_printf ("Qzx%02uJ", i);

      bs_test_pdf_assert_contains (shown, name);
    }
  bs_test_pdf_assert_contains (shown, "Namen Docent: Qzx00J, Qzx01J, Qzx02J, Qzx03J, Qzx04J Student: Qzx05J");
  /* Beside a note: the name and the role. */
  bs_test_pdf_assert_contains (shown, "Qzx02J (Docent): In ons cursusteam (jaar 2)");

  /* The example's own names, in English. */
  g_clear_object (&a);
  a = bs_test_pdf_load_example (TEAM_EXAMPLE);
  en = report_text (a, "en", &with_names, dir, "en.pdf", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (hidden_names); i++)
    bs_test_pdf_assert_contains (en, hidden_names[i]);
  bs_test_pdf_assert_contains (en, "Names Teacher: Mirjam Kok, Dennis Brouwer");

  bs_test_pdf_remove_tree (dir);
}

/* The option on the object: a property to bind, and pages laid out
 * again when it changes. */
static void
test_options (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example (TEAM_EXAMPLE);
  g_autoptr(BsReport) report = bs_report_new (a, "en");
  BsReportOptions options = { 0 };
  guint n_pages;
  gboolean names = TRUE;

  bs_report_get_options (report, &options);
  g_assert_false (options.respondent_names);
  bs_report_paginate (report, NULL, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  n_pages = bs_report_get_n_pages (report);
  g_assert_cmpuint (n_pages, >, 0);

  g_object_set (report, "respondent-names", TRUE, NULL);
  bs_report_get_options (report, &options);
  g_assert_true (options.respondent_names);
  /* To be laid out again, which bs_report_to_pdf() does. */
  g_assert_cmpuint (bs_report_get_n_pages (report), ==, 0);
  bs_report_paginate (report, NULL, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  g_assert_cmpuint (bs_report_get_n_pages (report), >=, n_pages);

  options.respondent_names = FALSE;
  bs_report_set_options (report, &options);
  g_object_get (report, "respondent-names", &names, NULL);
  g_assert_false (names);
}

/* Both languages: the headings and labels, and none of the other's. */
static void
test_languages (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example (TEAM_EXAMPLE);
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *en = report_text (a, "en", NULL, dir, "en.pdf", NULL);
  g_autofree char *nl = report_text (a, "nl", NULL, dir, "nl.pdf", NULL);
  const char *english[] = {
    "The team", "Respondents", "Spread per dimension", "Most disagreement", "Agreed score",
    "Rationale:", "Dissent:", "Mean per role", "Respondents’ notes", "12 respondents in 4 roles",
  };
  const char *dutch[] = {
    "Het team", "Respondenten", "Spreiding per dimensie", "Meeste verschil van mening", "Afgesproken score",
    "Motivering:", "Afwijkende mening:", "Gemiddelde per rol", "Toelichtingen van respondenten",
    "12 respondenten in 4 rollen",
  };

  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    {
      bs_test_pdf_assert_contains (en, english[i]);
      bs_test_pdf_assert_contains (nl, dutch[i]);
      g_assert_null (strstr (en, dutch[i]));
    }
  g_assert_null (strstr (nl, "Most disagreement"));
  g_assert_null (strstr (nl, "Agreed score"));
  /* Roles and stages in the report's language, with a decimal comma. */
  assert_contains_cells (nl, "Docent 5 Student 4 Opleidingsmanagement 2 Ondersteunend personeel 1 Totaal 12");
  bs_test_pdf_assert_contains (nl, "Afgesproken score: 2 – In ontwikkeling");
  assert_contains_cells (nl, "Ontwerpproces 12 2,3 1,5–3,2 0,5");

  bs_test_pdf_remove_tree (dir);
}

/* Long texts wrap and nothing leaves the page: a rationale and a dissent
 * of many lines, a long name with the option, a team of hundreds whose
 * charts are drawn smaller. */
static void
test_long_texts_and_large_team (void)
{
  g_autoptr(BsAssessment) a = bs_test_pdf_load_example (TEAM_EXAMPLE);
  BsTeam *team = bs_assessment_get_team (a);
  BsAgreedAnswer *agreed = bs_team_get_agreed (team, "programme.design-process.3");
  GListModel *roles = bs_framework_get_roles (bs_assessment_get_framework (a));
  g_autoptr(GString) rationale = g_string_new (NULL);
  g_autoptr(GString) name = g_string_new ("Respondent met een bijzonder lange naam");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  BsReportOptions with_names = { .respondent_names = TRUE };
  g_autoptr(BsReport) report = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *body = NULL;
  g_autofree char *rationale_chars = NULL;
  g_autofree char *name_chars = NULL;

  for (guint i = 0; i < 120; i++)
    g_string_append_printf (rationale, "Overweging %u van een lange motivering. ", i);
  g_string_append (rationale, "EindeMotivering");
  for (guint i = 0; i < 30; i++)
    g_string_append (name, "-Achternaam");
  bs_agreed_answer_set_rationale (agreed, rationale->str);
  bs_agreed_answer_set_dissent (agreed, rationale->str);

  /* 300 more respondents, in every role, answering at random. */
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (roles, i % g_list_model_get_n_items (roles));
      g_autofree char *id = g_strdup_printf ("extra-%03u", i);
      g_autofree char *person = i == 0 ? g_strdup (name->str) : g_strdup_printf ("Extra %u", i);
      g_autoptr(BsRespondent) r = bs_respondent_new (id, person, bs_role_get_id (role));
      g_autoptr(GError) error = NULL;
      BsLevel *level = bs_framework_lookup_level (bs_assessment_get_framework (a), "programme");
      GListModel *dimensions = bs_level_get_dimensions (level);

      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);

              bs_respondent_set_value (r, bs_statement_get_id (statement), g_rand_int_range (rand, 1, 5));
            }
        }
      g_assert_true (bs_team_add_respondent (team, r, &error));
      g_assert_no_error (error);
    }

  report = bs_report_new_full (a, "nl", &with_names);
  doc = bs_test_pdf_write_and_open (report, dir, "large.pdf");
  bs_test_pdf_assert_inside_margins (doc);
  body = bs_test_pdf_body_text_no_space (doc);
  rationale_chars = bs_test_pdf_strip_space (rationale->str);
  name_chars = bs_test_pdf_strip_space (name->str);
  /* Whole, in the disagreement section and on the dimension page. */
  g_assert_nonnull (strstr (body, rationale_chars));
  g_assert_nonnull (strstr (body, name_chars));
  g_assert_nonnull (strstr (body, "312respondentenin6rollen"));
  /* Random answers disagree everywhere: ten statements, no more. */
  g_assert_nonnull (strstr (body, "hierde10methetmeesteverschilvanmening."));
  /* A chart each: the legend names the mean. */
  g_assert_cmpuint (count (body, "Gemiddeldevanderespondenten"), ==, 10);
  if (g_getenv ("BS_KEEP_REPORT") != NULL)
    {
      g_test_message ("kept %s", dir);
      return;
    }

  bs_test_pdf_remove_tree (dir);
}

/* An assessment of one person prints as before team reports: the same
 * text on the same pages, in both languages, and none of the team's
 * sections. */
static void
test_single_unchanged (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  BsReportOptions with_names = { .respondent_names = TRUE };

  for (guint e = 0; e < G_N_ELEMENTS (unchanged); e++)
    for (guint l = 0; l < 2; l++)
      {
        const char *lang = l ? "nl" : "en";
        g_autofree char *example = g_strdup_printf ("%s.blendscan", unchanged[e]);
        g_autofree char *fixture = g_strdup_printf ("report/%s-%s.txt", unchanged[e], lang);
        g_autofree char *path = bs_test_fixture_path (fixture);
        g_autoptr(BsAssessment) a = bs_test_pdf_load_example (example);
        g_autofree char *text = NULL;
        g_autofree char *named = NULL;
        g_autofree char *expected = NULL;
        g_autoptr(GError) error = NULL;

        g_assert_false (bs_assessment_is_team (a));
        text = report_text (a, lang, NULL, dir, "single.pdf", NULL);
        /* The option changes nothing without a team. */
        named = report_text (a, lang, &with_names, dir, "named.pdf", NULL);
        g_assert_cmpstr (text, ==, named);

        if (g_getenv ("BS_UPDATE_REPORT_TEXT") != NULL)
          {
            g_autofree char *source = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "fixtures", fixture, NULL);

            g_assert_true (g_file_set_contents (source, text, -1, &error));
            g_assert_no_error (error);
            continue;
          }

        g_assert_true (g_file_get_contents (path, &expected, NULL, &error));
        g_assert_no_error (error);
        g_strchomp (expected);
        /* Same words on the same pages: the footers say "Page 1 of 12". */
        g_assert_cmpstr (text, ==, expected);
        g_assert_null (strstr (text, l ? "Spreiding per dimensie" : "Spread per dimension"));
        g_assert_null (strstr (text, l ? "Afgesproken score" : "Agreed score"));
      }

  bs_test_pdf_remove_tree (dir);
}

/* blendscan-cli report, for a team with and without names, and for one
 * person. */
static void
test_cli (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *team = bs_test_example_path (TEAM_EXAMPLE);
  g_autofree char *single = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_autofree char *plain = g_build_filename (dir, "plain.pdf", NULL);
  g_autofree char *named = g_build_filename (dir, "named.pdf", NULL);
  g_autofree char *one = g_build_filename (dir, "one.pdf", NULL);
  const char *paths[] = { plain, named, one };
  char *texts[G_N_ELEMENTS (paths)] = { NULL };
  g_auto(BsTestRun) run_plain = { 0 };
  g_auto(BsTestRun) run_named = { 0 };
  g_auto(BsTestRun) run_one = { 0 };
  g_auto(BsTestRun) help = { 0 };

  bs_test_run_cli (&run_plain, "report", team, "--lang", "en", "-o", plain, NULL);
  bs_test_run_cli (&run_named, "report", team, "--lang", "en", "--respondent-names", "-o", named, NULL);
  bs_test_run_cli (&run_one, "report", single, "--lang", "nl", "--respondent-names", "-o", one, NULL);
  bs_test_run_cli (&help, "report", "--help", NULL);
  g_assert_cmpint (run_plain.status, ==, 0);
  g_assert_cmpint (run_named.status, ==, 0);
  g_assert_cmpint (run_one.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--respondent-names"));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *uri = g_filename_to_uri (paths[i], NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PopplerDocument) doc = poppler_document_new_from_file (uri, NULL, &error);

      g_assert_no_error (error);
      texts[i] = bs_test_pdf_document_text (doc);
    }
  bs_test_pdf_assert_contains (texts[0], "Most disagreement");
  g_assert_null (strstr (texts[0], "Dennis Brouwer"));
  bs_test_pdf_assert_contains (texts[1], "Dennis Brouwer");
  bs_test_pdf_assert_contains (texts[2], "Inhoud");
  g_assert_null (strstr (texts[2], "Meeste verschil van mening"));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_free (texts[i]);
  bs_test_pdf_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/team/sections", test_sections);
  g_test_add_func ("/report/team/disagreement", test_disagreement);
  g_test_add_func ("/report/team/agreed", test_agreed);
  g_test_add_func ("/report/team/names", test_names);
  g_test_add_func ("/report/team/options", test_options);
  g_test_add_func ("/report/team/languages", test_languages);
  g_test_add_func ("/report/team/long-texts-large-team", test_long_texts_and_large_team);
  g_test_add_func ("/report/team/single-unchanged", test_single_unchanged);
  g_test_add_func ("/report/team/cli", test_cli);

  return g_test_run ();
}
