/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses: a command that ran and failed, and input it refused. */
#define VD_CLI_EXIT_FAILURE 1
#define VD_CLI_EXIT_USAGE   2

/* One function per command, each in its own file; argv[0] is the command. */
int       vd_cli_demo          (int          argc,
                                char       **argv);
int       vd_cli_check         (int          argc,
                                char       **argv);
int       vd_cli_chart         (int          argc,
                                char       **argv);
int       vd_cli_report        (int          argc,
                                char       **argv);
int       vd_cli_eligibility   (int          argc,
                                char       **argv);
int       vd_cli_ics           (int          argc,
                                char       **argv);

/* Shared by the commands (vd-cli-common.c). */
void      vd_cli_error         (const char  *command,
                                const char  *format,
                                ...) G_GNUC_PRINTF (2, 3);
gboolean  vd_cli_parse         (GOptionContext *context,
                                const char  *command,
                                int         *argc,
                                char      ***argv);
char     *vd_cli_resolve_db    (const char  *command,
                                const char  *given);

G_END_DECLS
