package fr.agora.plenary.service;
