/** Budget participatif, views: public pages, the phone proposal form, moderation, review and commission screens. */
package fr.agora.budget.ui;
