/* bs-framework-lint.c: checking a framework's statements against the authoring rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are those of docs/framework-authoring.md that a program can
 * check: 1 complete, 2 describes rather than negates, 3 one stem per
 * statement, 4 observable words, 5 stage words. The checks read the file's
 * tree (for line numbers) after the loader accepted it, so a finding is
 * about a valid framework and names the line of the text concerned.
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-framework-lint.h"
#include "bs-framework-private.h"
#include "bs-xml-private.h"

/* Word lists. A pattern is one or more words separated by spaces, each
 * matched against one word of the text (case folded) with
 * g_pattern_match_simple(): "*" stands for any letters. */

/* Rule 2: a clause that opens with one of these, or has one of the words
 * below, only negates. */
static const char * const negation_openers[] = {
  "there is no", "there are no", "there is not", "there are not", "no", "none", "nobody",
  "nothing", "never", "neither",
  "er is geen", "er zijn geen", "er is niets", "er wordt geen", "er worden geen", "geen",
  "niemand", "niets", "nooit", "nergens",
  NULL
};
static const char * const negation_words[] = {
  "not", "no", "never", "none", "nobody", "nothing", "cannot", "*n't", "*n’t",
  "niet", "geen", "nooit", "niemand", "niets", "nergens",
  NULL
};
/* A clause of at most this many words that has a negation word is taken
 * to be about what is absent ("Online activities are not connected"). */
#define SHORT_CLAUSE 12
/* Words that join a contrast: what follows is a clause of its own. */
static const char * const contrast_words[] = { "but", "maar", "however", "echter", NULL };

/* Rule 4 */
static const char * const vague_en[] = {
  "substantial", "substantially", "sufficient", "sufficiently", "enough", "adequate",
  "adequately", "appropriate", "appropriately", "regularly", "often", "many", "most",
  "where possible", "as needed", "part of the culture",
  NULL
};
static const char * const vague_nl[] = {
  "substantieel", "substantiële", "voldoende", "genoeg", "adequaat", "adequate", "passend",
  "passende", "regelmatig", "regelmatige", "vaak", "veel", "vele", "meeste", "waar mogelijk",
  "zo nodig", "onderdeel van de cultuur",
  NULL
};
static const char * const number_words[] = {
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "half", "third", "quarter", "percent", "per cent",
  "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
  "twaalf", "helft", "derde", "kwart", "procent",
  NULL
};
/* Matched anywhere in the case-folded sentence, so that Dutch compounds
 * (onderwijsbeleid, privacybeleid) count too. */
static const char * const documents[] = {
  "course guide", "assessment plan", "education and examination regulations",
  "programme plan", "policy", "policies", "annual report", "budget", "load model",
  "studiehandleiding", "toetsplan", "opleidingsplan", "beleid", "jaarverslag", "begroting",
  NULL
};

/* Rule 5: the key terms of each stage of a four-stage scale. */
static const char * const stage_en[4][12] = {
  { "individual*", "own initiative", "informal*", "try", "tries", "tried", "trying", "ad hoc",
    "occasional*", "first", NULL },
  { "plan", "plans", "planned", "agreement*", "agreed", "some", "part", "parts", "partly",
    "not yet", NULL },
  { "agreed", "laid down", "states", "describes", "every", "all", "throughout", "consistent*",
    NULL },
  { "evaluat*", "improv*", "data", "share", "shares", "shared", "sharing", NULL },
};
static const char * const stage_nl[4][13] = {
  { "afzonderlijk*", "individu*", "eigen initiatief", "informe*", "proberen", "probeert",
    "probeer", "uitgeprobeerd", "geprobeerd", "incidente*", "losse", "eerste", NULL },
  { "plan", "plannen", "afspraak", "afspraken", "afgesproken", "sommige", "enkele", "deel",
    "deels", "nog niet", NULL },
  { "afgesproken", "vastgelegd", "beschrijft", "vermeldt", "elk", "elke", "alle", "overal",
    "consequent*", NULL },
  { "*evalu*", "*verbeter*", "gegevens", "gedeeld", "deelt", "delen", NULL },
};
/* Evaluation belongs to the top stage. */
static const char * const evaluation_words[] = { "*evalu*", NULL };

typedef struct
{
  char *id;
  int   line;
} Stem;

static void
stem_free (Stem *stem)
{
  g_free (stem->id);
  g_free (stem);
}

typedef struct
{
  GPtrArray   *findings;
  guint        n_stages;
  GHashTable  *texts[2];     /* en, nl: whole statement text → Stem */
  GHashTable  *stems[2];     /* first five words → Stem */
} Lint;

void
bs_lint_finding_free (BsLintFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->statement_id);
  g_free (finding->lang);
  g_free (finding->message);
  g_free (finding);
}

/**
 * bs_lint_rule_get_name:
 *
 * Returns: the rule's short name, as docs/framework-authoring.md gives it,
 *   in the user's language
 */
const char *
bs_lint_rule_get_name (BsLintRule rule)
{
  switch (rule)
    {
    case BS_LINT_RULE_COMPLETE:
      return _("complete");
    case BS_LINT_RULE_NEGATION:
      return _("describes, does not negate");
    case BS_LINT_RULE_STEM:
      return _("one stem per statement");
    case BS_LINT_RULE_VAGUE:
      return _("observable words");
    case BS_LINT_RULE_STAGE_WORDS:
      return _("stage words");
    default:
      return "";
    }
}

static const char *
language_name (const char *lang)
{
  if (g_strcmp0 (lang, "en") == 0)
    return _("English");
  if (g_strcmp0 (lang, "nl") == 0)
    return _("Dutch");
  return lang;
}

/**
 * bs_lint_finding_format:
 * @display_name: the file's name as the user gave it
 *
 * Returns: (transfer full): one line for the user: file, line, statement,
 *   which text (stage, language), what is wrong and the rule
 */
char *
bs_lint_finding_format (const BsLintFinding *f,
                        const char          *display_name)
{
  g_autofree char *where = NULL;

  g_return_val_if_fail (f != NULL, NULL);

  if (f->part == BS_LINT_PART_DESCRIPTOR && f->lang != NULL)
    /* Translators: which text a warning is about: "stage 2, Dutch" */
    where = g_strdup_printf (_("stage %u, %s"), f->stage, language_name (f->lang));
  else if (f->part == BS_LINT_PART_DESCRIPTOR)
    where = g_strdup_printf (_("stage %u"), f->stage);
  else if (f->part == BS_LINT_PART_NEXT_STEP && f->lang != NULL)
    where = g_strdup_printf (_("next step from stage %u, %s"), f->stage, language_name (f->lang));
  else if (f->part == BS_LINT_PART_NEXT_STEP)
    where = g_strdup_printf (_("next step from stage %u"), f->stage);
  else if (f->lang != NULL)
    where = g_strdup_printf (_("statement text, %s"), language_name (f->lang));

  if (where != NULL)
    /* Translators: “file”, line N: warning: statement “id” (stage 2, Dutch): message (rule 4, observable words) */
    return g_strdup_printf (_("“%s”, line %d: warning: statement “%s” (%s): %s (rule %d, %s)"),
                            display_name, f->line, f->statement_id, where, f->message,
                            (int) f->rule, bs_lint_rule_get_name (f->rule));

  return g_strdup_printf (_("“%s”, line %d: warning: statement “%s”: %s (rule %d, %s)"),
                          display_name, f->line, f->statement_id, f->message,
                          (int) f->rule, bs_lint_rule_get_name (f->rule));
}

static void
add_finding (Lint        *lint,
             BsLintRule   rule,
             int          line,
             const char  *statement_id,
             BsLintPart   part,
             guint        stage,
             const char  *lang,
             char        *message)
{
  BsLintFinding *f = g_new0 (BsLintFinding, 1);

  f->rule = rule;
  f->line = line;
  f->statement_id = g_strdup (statement_id);
  f->part = part;
  f->stage = stage;
  f->lang = g_strdup (lang);
  f->message = message;
  g_ptr_array_add (lint->findings, f);
}

/* Case and diacritics folded: Dutch writes "geëvalueerd", which must match
 * "evalu…" as "geevalueerd" would. */
static char *
fold_word (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  GString *bare = g_string_new (NULL);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }

  return g_string_free (bare, FALSE);
}

/* The words of a text: runs of letters and digits (an apostrophe between
 * letters belongs to the word, as in "isn't"), case folded; @original
 * keeps them as written. */
static GPtrArray *
words_of (const char  *text,
          GPtrArray  **original)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  if (original != NULL)
    *original = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean inner_apostrophe = (c == '\'' || c == 0x2019) && word->len > 0 &&
                                  g_unichar_isalpha (g_utf8_get_char (g_utf8_next_char (p)));

      if (c != 0 && (g_unichar_isalnum (c) || inner_apostrophe))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          if (original != NULL)
            g_ptr_array_add (*original, g_strdup (word->str));
          g_ptr_array_add (words, fold_word (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return words;
}

/* Whether @pattern (one or more words) matches the words from @at on. */
static gboolean
matches_at (GPtrArray  *words,
            guint       at,
            const char *pattern)
{
  g_auto(GStrv) parts = g_strsplit (pattern, " ", -1);
  guint n = g_strv_length (parts);

  if (at + n > words->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (!g_pattern_match_simple (parts[i], g_ptr_array_index (words, at + i)))
      return FALSE;

  return TRUE;
}

/* Returns: (nullable): the first pattern of @patterns found in @words */
static const char *
find_any (GPtrArray          *words,
          const char * const *patterns)
{
  for (guint i = 0; i < words->len; i++)
    for (guint j = 0; patterns[j] != NULL; j++)
      if (matches_at (words, i, patterns[j]))
        return patterns[j];

  return NULL;
}

static gboolean
opens_with_any (GPtrArray          *words,
                const char * const *patterns)
{
  for (guint j = 0; patterns[j] != NULL; j++)
    if (matches_at (words, 0, patterns[j]))
      return TRUE;

  return FALSE;
}

/* Splits a text into sentences or clauses at the characters in @marks. */
static GPtrArray *
split_text (const char *text,
            const char *marks)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *next;

      if (strchr (marks, *p) == NULL)
        continue;

      /* A full stop ends a sentence only before a capital or the end, so
       * that "e.g. the" and "1.5" stay whole. */
      next = p + 1;
      while (*next == ' ')
        next++;
      if (*p == '.' && *next != '\0' && !g_unichar_isupper (g_utf8_get_char (next)))
        continue;

      g_ptr_array_add (parts, g_strndup (start, p - start));
      start = p + 1;
    }
  g_ptr_array_add (parts, g_strdup (start));

  return parts;
}

/* Rule 2: every clause of the descriptor only negates. */
static gboolean
only_negates (const char *text)
{
  g_autoptr(GPtrArray) parts = split_text (text, ".;:!?");
  guint n_clauses = 0;

  for (guint i = 0; i < parts->len; i++)
    {
      g_autoptr(GPtrArray) words = words_of (g_ptr_array_index (parts, i), NULL);
      g_autoptr(GPtrArray) clause = g_ptr_array_new ();

      /* "X, but Y": each side is a clause of its own. */
      for (guint j = 0; j <= words->len; j++)
        {
          const char *w = j < words->len ? g_ptr_array_index (words, j) : NULL;

          if (w != NULL && !g_strv_contains (contrast_words, w))
            {
              g_ptr_array_add (clause, (gpointer) w);
              continue;
            }
          if (clause->len == 0)
            continue;

          /* "There is no …" negates whatever follows; a "not" inside a
           * long clause usually qualifies something the clause describes
           * ("whether or not students have prepared"). */
          n_clauses++;
          if (!opens_with_any (clause, negation_openers) &&
              (clause->len > SHORT_CLAUSE || find_any (clause, negation_words) == NULL))
            return FALSE;
          g_ptr_array_set_size (clause, 0);
        }
    }

  return n_clauses > 0;
}

static gboolean
has_number_or_document (const char *sentence,
                        GPtrArray  *words,
                        GPtrArray  *original)
{
  g_autofree char *folded = g_utf8_casefold (sentence, -1);

  if (strchr (sentence, '%') != NULL)
    return TRUE;
  for (const char *p = sentence; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  if (find_any (words, number_words) != NULL)
    return TRUE;
  for (guint i = 0; documents[i] != NULL; i++)
    if (strstr (folded, documents[i]) != NULL)
      return TRUE;

  /* A name in capitals: OER, LMS, NVAO. */
  for (guint i = 0; i < original->len; i++)
    {
      const char *w = g_ptr_array_index (original, i);
      guint n_upper = 0;
      gboolean all_upper = TRUE;

      for (const char *p = w; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isupper (c))
            n_upper++;
          else if (g_unichar_isalpha (c))
            all_upper = FALSE;
        }
      if (all_upper && n_upper >= 2)
        return TRUE;
    }

  return FALSE;
}

/* Rule 4, for any text of a statement. */
static void
check_vague (Lint        *lint,
             const char  *text,
             const char  *lang,
             int          line,
             const char  *statement_id,
             BsLintPart   part,
             guint        stage)
{
  const char * const *vague;
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(GPtrArray) reported = g_ptr_array_new ();

  if (g_strcmp0 (lang, "en") == 0)
    vague = vague_en;
  else if (g_strcmp0 (lang, "nl") == 0)
    vague = vague_nl;
  else
    return;

  sentences = split_text (text, ".!?");
  for (guint i = 0; i < sentences->len; i++)
    {
      const char *sentence = g_ptr_array_index (sentences, i);
      g_autoptr(GPtrArray) original = NULL;
      g_autoptr(GPtrArray) words = words_of (sentence, &original);

      for (guint j = 0; vague[j] != NULL; j++)
        {
          const char *single[] = { vague[j], NULL };

          if (find_any (words, single) == NULL ||
              g_ptr_array_find (reported, vague[j], NULL) ||
              has_number_or_document (sentence, words, original))
            continue;

          g_ptr_array_add (reported, (gpointer) vague[j]);
          add_finding (lint, BS_LINT_RULE_VAGUE, line, statement_id, part, stage, lang,
                       g_strdup_printf (_("“%s” is vague: give a number or name a document in the same sentence"),
                                        vague[j]));
        }
    }
}

/* The terms as the documentation shows them: "evaluat…" for "evaluat*". */
static char *
join_terms (const char * const *terms)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; terms[i] != NULL; i++)
    {
      const char *t = terms[i][0] == '*' ? terms[i] + 1 : terms[i];
      gsize len = strlen (t);
      gboolean open_end = len > 0 && t[len - 1] == '*';

      g_string_append_printf (s, "%s%.*s%s", i > 0 ? ", " : "",
                              (int) (open_end ? len - 1 : len), t, open_end ? "…" : "");
    }

  return g_string_free (s, FALSE);
}

/* Rule 5, for a descriptor of a four-stage scale. */
static void
check_stage_words (Lint        *lint,
                   const char  *text,
                   const char  *lang,
                   int          line,
                   const char  *statement_id,
                   guint        stage)
{
  const char * const *terms;
  g_autoptr(GPtrArray) words = NULL;

  if (lint->n_stages != 4 || stage < 1 || stage > 4)
    return;
  if (g_strcmp0 (lang, "en") == 0)
    terms = stage_en[stage - 1];
  else if (g_strcmp0 (lang, "nl") == 0)
    terms = stage_nl[stage - 1];
  else
    return;

  words = words_of (text, NULL);
  if (find_any (words, terms) == NULL)
    {
      g_autofree char *list = join_terms (terms);

      add_finding (lint, BS_LINT_RULE_STAGE_WORDS, line, statement_id, BS_LINT_PART_DESCRIPTOR,
                   stage, lang,
                   g_strdup_printf (_("none of the key terms of stage %u is used (%s)"), stage, list));
    }
  if (stage < 4 && find_any (words, evaluation_words) != NULL)
    add_finding (lint, BS_LINT_RULE_STAGE_WORDS, line, statement_id, BS_LINT_PART_DESCRIPTOR,
                 stage, lang,
                 g_strdup (_("it speaks of evaluation, which belongs to stage 4")));
}

/* Rule 3, for the statement's text in one language. */
static void
check_stem (Lint        *lint,
            const char  *text,
            const char  *lang,
            int          line,
            const char  *statement_id)
{
  int k = g_strcmp0 (lang, "en") == 0 ? 0 : g_strcmp0 (lang, "nl") == 0 ? 1 : -1;
  g_autoptr(GPtrArray) words = words_of (text, NULL);
  g_autoptr(GString) whole = g_string_new (NULL);
  g_autoptr(GString) first = g_string_new (NULL);
  Stem *seen;

  if (k < 0 || words->len == 0)
    return;

  for (guint i = 0; i < words->len; i++)
    {
      g_string_append_printf (whole, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (words, i));
      if (i < 5)
        g_string_append_printf (first, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (words, i));
    }

  if ((seen = g_hash_table_lookup (lint->texts[k], whole->str)) != NULL)
    add_finding (lint, BS_LINT_RULE_STEM, line, statement_id, BS_LINT_PART_STATEMENT, 0, lang,
                 g_strdup_printf (_("the same text as statement “%s” (line %d)"), seen->id, seen->line));
  else if ((seen = g_hash_table_lookup (lint->stems[k], first->str)) != NULL)
    add_finding (lint, BS_LINT_RULE_STEM, line, statement_id, BS_LINT_PART_STATEMENT, 0, lang,
                 g_strdup_printf (_("the same first five words as statement “%s” (line %d)"), seen->id, seen->line));

  if (!g_hash_table_contains (lint->texts[k], whole->str))
    {
      Stem *stem = g_new0 (Stem, 1);

      stem->id = g_strdup (statement_id);
      stem->line = line;
      g_hash_table_insert (lint->texts[k], g_strdup (whole->str), stem);
    }
  if (!g_hash_table_contains (lint->stems[k], first->str))
    {
      Stem *stem = g_new0 (Stem, 1);

      stem->id = g_strdup (statement_id);
      stem->line = line;
      g_hash_table_insert (lint->stems[k], g_strdup (first->str), stem);
    }
}

typedef void (*TextCheck) (Lint *lint, const char *text, const char *lang, int line,
                           const char *statement_id, BsLintPart part, guint stage);

/* Every <text> of @parent: the empty ones (rule 1) and vague words (rule 4);
 * the caller's own checks through @extra. */
static void
check_texts (Lint        *lint,
             xmlNode     *parent,
             const char  *statement_id,
             BsLintPart   part,
             guint        stage,
             TextCheck    extra)
{
  _bs_xml_foreach_element (child, parent)
    {
      g_autofree char *raw = NULL;
      g_autofree char *text = NULL;
      xmlChar *lang;

      if (!_bs_xml_is (child, "text"))
        continue;

      lang = xmlNodeGetLang (child);
      raw = _bs_xml_text (child);
      text = _bs_framework_normalize_space (raw);

      if (text[0] == '\0')
        add_finding (lint, BS_LINT_RULE_COMPLETE, _bs_xml_line (child), statement_id, part, stage,
                     (const char *) lang, g_strdup (_("the text is empty")));
      else
        {
          check_vague (lint, text, (const char *) lang, _bs_xml_line (child), statement_id, part, stage);
          if (extra != NULL)
            extra (lint, text, (const char *) lang, _bs_xml_line (child), statement_id, part, stage);
        }

      xmlFree (lang);
    }
}

static void
statement_text_checks (Lint        *lint,
                       const char  *text,
                       const char  *lang,
                       int          line,
                       const char  *statement_id,
                       BsLintPart   part,
                       guint        stage)
{
  check_stem (lint, text, lang, line, statement_id);
}

static void
descriptor_checks (Lint        *lint,
                   const char  *text,
                   const char  *lang,
                   int          line,
                   const char  *statement_id,
                   BsLintPart   part,
                   guint        stage)
{
  if (only_negates (text))
    add_finding (lint, BS_LINT_RULE_NEGATION, line, statement_id, part, stage, lang,
                 g_strdup (_("the descriptor only says what is not there; describe what can be observed at this stage")));
  check_stage_words (lint, text, lang, line, statement_id, stage);
}

static guint
stage_attr (xmlNode    *node,
            const char *name)
{
  g_autofree char *text = _bs_xml_attr (node, name);
  guint64 value = 0;

  g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &value, NULL);
  return (guint) value;
}

static void
lint_statement (Lint    *lint,
                xmlNode *node)
{
  g_autofree char *id = _bs_xml_attr (node, "id");
  g_autofree gboolean *descriptors = g_new0 (gboolean, lint->n_stages + 1);
  g_autofree gboolean *next_steps = g_new0 (gboolean, lint->n_stages + 1);
  int line = _bs_xml_line (node);

  check_texts (lint, node, id, BS_LINT_PART_STATEMENT, 0, statement_text_checks);

  _bs_xml_foreach_element (child, node)
    {
      if (_bs_xml_is (child, "descriptor"))
        {
          guint stage = stage_attr (child, "stage");

          descriptors[stage] = TRUE;
          check_texts (lint, child, id, BS_LINT_PART_DESCRIPTOR, stage, descriptor_checks);
        }
      else if (_bs_xml_is (child, "next-step"))
        {
          guint from = stage_attr (child, "from");

          next_steps[from] = TRUE;
          check_texts (lint, child, id, BS_LINT_PART_NEXT_STEP, from, NULL);
        }
    }

  for (guint s = 1; s <= lint->n_stages; s++)
    if (!descriptors[s])
      add_finding (lint, BS_LINT_RULE_COMPLETE, line, id, BS_LINT_PART_DESCRIPTOR, s, NULL,
                   g_strdup_printf (_("there is no descriptor for stage %u"), s));
  for (guint s = 1; s < lint->n_stages; s++)
    if (!next_steps[s])
      add_finding (lint, BS_LINT_RULE_COMPLETE, line, id, BS_LINT_PART_NEXT_STEP, s, NULL,
                   g_strdup_printf (_("there is no next step from stage %u to stage %u"), s, s + 1));
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const BsLintFinding *fa = *(BsLintFinding * const *) a;
  const BsLintFinding *fb = *(BsLintFinding * const *) b;

  return (fa->line > fb->line) - (fa->line < fb->line);
}

static GPtrArray *
lint_doc (xmlDoc      *doc,
          const char  *path,
          const char  *display_name,
          GError     **error)
{
  g_autoptr(BsFramework) framework = NULL;
  Lint lint = { 0 };

  /* Only a framework the loader accepts is checked: the rules are about
   * its content, the loader's message about its form. The loader has also
   * checked the stage numbers the walk below relies on. */
  framework = _bs_framework_new_from_doc (doc, path, display_name, error);
  if (framework == NULL)
    return NULL;

  lint.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) bs_lint_finding_free);
  lint.n_stages = bs_framework_get_n_stages (framework);
  for (guint k = 0; k < 2; k++)
    {
      lint.texts[k] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) stem_free);
      lint.stems[k] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) stem_free);
    }

  _bs_xml_foreach_element (level, xmlDocGetRootElement (doc))
    {
      if (!_bs_xml_is (level, "level"))
        continue;
      _bs_xml_foreach_element (dimension, level)
        {
          if (!_bs_xml_is (dimension, "dimension"))
            continue;
          _bs_xml_foreach_element (statement, dimension)
            if (_bs_xml_is (statement, "statement"))
              lint_statement (&lint, statement);
        }
    }

  for (guint k = 0; k < 2; k++)
    {
      g_hash_table_unref (lint.texts[k]);
      g_hash_table_unref (lint.stems[k]);
    }

  /* In the order of the file (a missing part is reported at its
   * statement's line); the sort is stable. */
  g_ptr_array_sort (lint.findings, compare_lines);
  return lint.findings;
}

/**
 * bs_framework_lint_file:
 * @path: a framework file
 *
 * Checks a framework against the rules of docs/framework-authoring.md
 * that can be checked mechanically (`blendscan-cli validate --lint`).
 *
 * Returns: (transfer full) (nullable): the findings (#BsLintFinding) in the
 *   order of the file, empty when the framework follows the rules; %NULL
 *   with @error set when the file is not a valid framework
 */
GPtrArray *
bs_framework_lint_file (const char  *path,
                        GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  doc = _bs_xml_read_file (path, error);
  if (doc == NULL)
    return NULL;

  display_name = _bs_xml_display_name (path);
  return lint_doc (doc, path, display_name, error);
}

/**
 * bs_framework_lint_bytes:
 *
 * bs_framework_lint_file() for a framework in memory.
 *
 * Returns: (transfer full) (nullable): the findings
 */
GPtrArray *
bs_framework_lint_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  doc = _bs_xml_read_memory (data, len, display_name, error);
  if (doc == NULL)
    return NULL;

  return lint_doc (doc, NULL, display_name, error);
}
