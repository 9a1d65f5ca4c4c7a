/* test-links.c: which parts of a typed text are links (bs-links.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <string.h>

#include "blendscan-core.h"

/* The links bs_links_find() sees in @text, joined by " | ". */
static char *
found (const char *text)
{
  g_autoptr(GArray) spans = bs_links_find (text);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const BsLinkSpan *span = &g_array_index (spans, BsLinkSpan, i);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, strlen (text));
      if (i > 0)
        g_string_append (out, " | ");
      g_string_append_len (out, text + span->start, span->end - span->start);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const struct
{
  const char *text;
  const char *links;
} cases[] = {
  /* plain */
  { "https://www.hu.nl", "https://www.hu.nl" },
  { "http://example.org/a/b?c=d&e=f#g", "http://example.org/a/b?c=d&e=f#g" },
  { "HTTPS://EXAMPLE.ORG/X", "HTTPS://EXAMPLE.ORG/X" },
  { "http://localhost:8080/", "http://localhost:8080/" },
  { "mailto:onderwijs@hu.nl", "mailto:onderwijs@hu.nl" },
  { "mailto:a@b.nl?subject=Blended", "mailto:a@b.nl?subject=Blended" },
  /* Dutch text around them, the sentence's punctuation outside */
  { "Zie https://www.hu.nl/onderwijs.", "https://www.hu.nl/onderwijs" },
  { "Verslag op https://x.nl/verslag, besproken op 3 maart.", "https://x.nl/verslag" },
  { "Staat het op https://x.nl/faq? Ja!", "https://x.nl/faq" },
  { "Bronnen: https://a.nl; https://b.nl/c.pdf; mailto:a@b.nl.",
    "https://a.nl | https://b.nl/c.pdf | mailto:a@b.nl" },
  { "https://a.nl;https://b.nl", "https://a.nl | https://b.nl" },
  { "https://a.nl,https://b.nl", "https://a.nl | https://b.nl" },
  { "https://a.nl https://b.nl\nhttps://c.nl\thttps://d.nl",
    "https://a.nl | https://b.nl | https://c.nl | https://d.nl" },
  /* brackets: only those opened inside the link belong to it */
  { "(zie https://x.nl/a)", "https://x.nl/a" },
  { "(zie https://en.wikipedia.org/wiki/Blend_(a)).", "https://en.wikipedia.org/wiki/Blend_(a)" },
  { "[https://x.nl/a]", "https://x.nl/a" },
  { "<https://x.nl/a>", "https://x.nl/a" },
  { "\"https://x.nl/a\"", "https://x.nl/a" },
  { "'https://x.nl/a'", "https://x.nl/a" },
  /* Dutch quotes and dashes are not part of a link */
  { "„https://x.nl/a” en ‘https://y.nl’", "https://x.nl/a | https://y.nl" },
  { "https://x.nl/a—en verder", "https://x.nl/a" },
  { "https://x.nl/a\u00a0(pdf)", "https://x.nl/a" },
  { "https://x.nl/a…", "https://x.nl/a" },
  /* letters outside ASCII belong to it */
  { "https://nl.wikipedia.org/wiki/Café", "https://nl.wikipedia.org/wiki/Café" },
  /* punctuation inside stays */
  { "https://x.nl/a.b,c;d:e!f?g", "https://x.nl/a.b,c;d:e!f?g" },
  { "https://web.archive.org/web/2020/https://x.nl/", "https://web.archive.org/web/2020/https://x.nl/" },
  { "https://x.nl/a%20b", "https://x.nl/a%20b" },
  /* not links */
  { "", "" },
  { "Jaarverslag 2025, pagina 12", "" },
  { "www.hu.nl", "" },
  { "zie www.hu.nl en hu.nl", "" },
  { "https://", "" },
  { "https:// hu.nl", "" },
  { "https://.", "" },
  { "http:/x.nl", "" },
  { "http:x.nl", "" },
  { "xhttps://x.nl", "" },
  { "éhttps://x.nl", "" },
  { "mailto:", "" },
  { "mailto:iemand", "" },
  { "mailto:@x.nl", "" },
  { "file:///etc/passwd", "" },
  { "javascript:alert(1)", "" },
  { "ftp://x.nl/a", "" },
  { "data:text/html,<b>x</b>", "" },
  { "the http protocol and mailto links", "" },
  /* a link after a word that is not one */
  { "https://;https://x.nl", "https://x.nl" },
  { "javascript:https://x.nl", "https://x.nl" },
};

static void
test_find (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *links = found (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (links, ==, cases[i].links);
      g_assert_cmpint (bs_links_contains (cases[i].text), ==, cases[i].links[0] != '\0');
    }

  g_assert_false (bs_links_contains (NULL));
}

static void
test_extract (void)
{
  g_auto(GStrv) uris = bs_links_extract ("Zie https://a.nl/café en https://b.nl; "
                                         "nogmaals https://a.nl/café.");
  g_auto(GStrv) none = bs_links_extract ("geen links");

  g_assert_cmpuint (g_strv_length (uris), ==, 2);
  /* escaped for the browser and the PDF, each link once */
  g_assert_cmpstr (uris[0], ==, "https://a.nl/caf%C3%A9");
  g_assert_cmpstr (uris[1], ==, "https://b.nl");
  g_assert_nonnull (none);
  g_assert_null (none[0]);
}

static void
test_to_uri (void)
{
  g_autofree char *kept = bs_link_to_uri ("https://x.nl/a%20b?c=d&e=(f)#g", -1);
  g_autofree char *part = bs_link_to_uri ("https://x.nl/ab", 14);
  g_autofree char *quote = bs_link_to_uri ("https://x.nl/it's", -1);

  g_assert_cmpstr (kept, ==, "https://x.nl/a%20b?c=d&e=(f)#g");
  g_assert_cmpstr (part, ==, "https://x.nl/a");
  g_assert_cmpstr (quote, ==, "https://x.nl/it's");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/links/find", test_find);
  g_test_add_func ("/links/extract", test_extract);
  g_test_add_func ("/links/to-uri", test_to_uri);

  return g_test_run ();
}
