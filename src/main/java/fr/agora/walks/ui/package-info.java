/**
 * Marches exploratoires, views: the public list, walk and territory pages (map, legend, findings, recommendations,
 * exports); the phone capture form with its local draft; staff management (walk editor with the route drawn on the
 * map, workflow, recommendations), moderation, the partners' answers and the diagnostic grid's administration.
 */
package fr.agora.walks.ui;
