"""Undangan: invitation codes spread over batches, and the cards printed for the door.

Entry points: `invite.invite_people` and `cards.invitation_cards`.
"""
