/** Meetings' HTTP endpoints outside Vaadin: the calendar feeds calendar apps subscribe to. */
package fr.agora.meetings.web;
