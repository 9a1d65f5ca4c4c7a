/* main.c: starts Blendscan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <glib/gi18n.h>

#include "bs-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BsApplication) app = NULL;

#ifdef __GLIBC__
  /* glibc gives each thread that allocates its own arena, up to 8 per
   * core, and keeps them when the thread ends. Ours are short-lived
   * helpers (GIO, GTK's loaders, llvmpipe's rasterizers) that allocate
   * little: sharing the main arena saves about 1 MiB of resident memory. */
  mallopt (M_ARENA_MAX, 1);
#endif

  setlocale (LC_ALL, "");
  /* Run from the build tree, tools/run points this at the translations
   * meson compiled there, since nothing is installed yet. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BLENDSCAN_LOCALEDIR") ? g_getenv ("BLENDSCAN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Blendscan"));

  app = bs_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
