/* What every fuzz harness shares: quiet logging, criticals are crashes. */
#define G_LOG_DOMAIN "blendscan-fuzz"

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "fuzz-common.h"

/* A critical or an error is a broken precondition inside the project, so it
 * is a finding: abort and let libFuzzer save the input. Messages about bad
 * input are expected by the thousand and would only slow the run. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

void
fuzz_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      setlocale (LC_ALL, "C.UTF-8");
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}
