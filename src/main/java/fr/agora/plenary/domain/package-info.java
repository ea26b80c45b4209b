package fr.agora.plenary.domain;
