/** The one-click unsubscribe endpoint mail clients POST to (RFC 8058), outside Vaadin. */
package fr.agora.shared.notify.web;
