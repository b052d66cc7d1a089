# 다른 올바른 풀이: 뒤집은 두 모양을 zip_longest(fillvalue=1)로 맞춰 오른쪽부터 비교한다
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    """두 텐서 모양을 브로드캐스팅한 결과 모양을 구한다 (NumPy·PyTorch와 같은 규칙).

    두 모양을 마지막 축에 맞춰 정렬하고, 축이 적은 쪽의 왼쪽에는 길이 1인 축이 있다고 본다.
    축마다 두 길이가 같거나 한쪽이 1이어야 하며, 결과 길이는 1이 아닌 쪽의 길이다
    (둘 다 1이면 1, 한쪽이 1이고 다른 쪽이 0이면 0).

    Args:
        a: 첫째 모양. 0 이상의 정수로 된 튜플이며 ``()``(스칼라)일 수도 있다. 예: ``(8, 1, 6, 1)``.
        b: 둘째 모양. 예: ``(7, 1, 5)``.

    Returns:
        결과 모양. 원소가 파이썬 ``int``인 ``tuple``이고 길이는 ``max(len(a), len(b))``.
        예: ``(8, 7, 6, 5)``.

    Raises:
        ValueError: 어떤 축에서 두 길이가 다르고 어느 쪽도 1이 아닐 때.
    """
    from itertools import zip_longest

    out = []
    for m, n in zip_longest(reversed(a), reversed(b), fillvalue=1):
        if m != n and 1 not in (m, n):
            raise ValueError(f"모양 {a}와 {b}는 브로드캐스팅할 수 없습니다.")
        out.append(n if m == 1 else m)
    return tuple(reversed(out))
