#!/usr/bin/env python3
"""Opens N logged-in Vaadin sessions on a running portal, each with its UI navigated to a view, then leaves them idle.

Usage: sessions.py BASE_URL N EMAIL PASSWORD ROUTE
Each session: GET /login (CSRF token), POST /login, GET ?v-r=init (creates the UI), then the client's navigation
round trip (UIDL "ui-navigate" event), exactly what a browser does. Prints the number of sessions whose UI shows
the logged-in user's e-mail. SPDX-License-Identifier: AGPL-3.0-or-later
"""
import http.cookiejar
import json
import re
import sys
import urllib.parse
import urllib.request

base, n, email, password, route = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
ok = 0
sessions = []
for i in range(n):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login").read().decode()
    csrf = re.search(r'<meta name="_csrf" content="([^"]+)"', page).group(1)
    opener.open(base + "/login", urllib.parse.urlencode(
        {"_csrf": csrf, "username": email, "password": password}).encode()).read()
    init = json.loads(opener.open(base + "/?v-r=init&location=" + route + "&query=").read())
    ui_id = init["appConfig"]["v-uiId"]
    key = init["appConfig"]["uidl"]["Vaadin-Security-Key"]
    body = {"csrfToken": key, "rpc": [{"type": "event", "node": 1, "event": "ui-navigate",
                                        "data": {"route": route, "query": "", "appShellTitle": "",
                                                 "historyState": {"idx": 0, "href": base + "/" + route}, "trigger": ""}}],
            "syncId": 0, "clientId": 0}
    req = urllib.request.Request(base + "/?v-r=uidl&v-uiId=" + str(ui_id), json.dumps(body).encode(),
                                 {"Content-Type": "application/json; charset=UTF-8"})
    answer = opener.open(req).read().decode()
    if email in answer:
        ok += 1
    sessions.append(opener)  # keep the cookie jars: the sessions stay alive on the server
print(ok)
