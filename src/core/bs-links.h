/* bs-links.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BsLinkSpan:
 * @start: byte offset of the link's first character in the text
 * @end: byte offset just after its last character
 *
 * Where a link is in a text the user typed.
 */
typedef struct
{
  gsize start;
  gsize end;
} BsLinkSpan;

GArray   *bs_links_find     (const char *text);
gboolean  bs_links_contains (const char *text);
char    **bs_links_extract  (const char *text);
char     *bs_link_to_uri    (const char *link,
                             gssize      length);

G_END_DECLS
