/** Meetings' services: bodies and members, planning and convocation, participation, sessions, compliance, feeds. */
package fr.agora.meetings.service;
