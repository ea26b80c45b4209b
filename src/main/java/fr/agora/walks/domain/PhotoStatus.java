package fr.agora.walks.domain;

/** A photo is reviewed (faces, names, plates) before it is public; a moderator can hide it. */
public enum PhotoStatus {
    PENDING,
    PUBLISHED,
    HIDDEN
}
