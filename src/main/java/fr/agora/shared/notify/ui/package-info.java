/** The notification preferences page, its entry in "Mon espace", and the unsubscribe page of the mailed links. */
package fr.agora.shared.notify.ui;
