"""The auditor's interactive interview (`hria assess`): session state saved after every answer,
navigation, skip logic re-evaluated as answers change, the impact register, and the screens.

The CLI module only parses options and checks for a terminal; everything the interview
does lives here, in small modules, one idea each.
"""
