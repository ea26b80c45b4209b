package fr.agora.plenary.ui;
