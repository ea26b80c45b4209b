package fr.agora.walks.domain;

/** Who walks: a small group of women by default, or seniors, children, teenagers, or a mixed group. */
public enum GroupType {
    WOMEN,
    SENIORS,
    CHILDREN,
    TEENAGERS,
    MIXED
}
