"""Annual government-information-disclosure reports (国办公开办函〔2021〕30号) as checked data."""
