/** Meetings' views: public calendar, meeting page, planning, session from a phone, members' space, compliance. */
package fr.agora.meetings.ui;
