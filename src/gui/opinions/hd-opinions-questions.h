/* hd-opinions-questions.h — the questions before deleting in the Opinions area, saying what goes
 * with the rows or what happens to what was attached to them. */
#pragma once

#include "common/hd-question-window.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

/* Before deleting the opinions @ids (at least one); NULL with the error when one is gone. */
HdQuestionWindow *hd_opinions_question_delete_opinions (GtkWindow     *parent,
                                                        HdStore       *store,
                                                        const gint64  *ids,
                                                        guint          n_ids,
                                                        GError       **error);
/* Before deleting problem @id. */
HdQuestionWindow *hd_opinions_question_delete_problem  (GtkWindow     *parent,
                                                        HdStore       *store,
                                                        gint64         id,
                                                        GError       **error);

G_END_DECLS
