/** Delivering notices, the preferences, the signed unsubscribe links, the weekly digest and the SMS stand-in. */
package fr.agora.shared.notify.service;
